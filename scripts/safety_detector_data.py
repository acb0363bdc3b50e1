#!/usr/bin/env python3
"""Builds the risk detector's training data in intents/safety/detector/.

- crisis.jsonl, emergency.jsonl, none.jsonl: the team's own sentences, authored in scripts' sibling text files
  (one sentence a line, '# category' headers) and converted here.
- public-negatives.jsonl: non-urgent sentences from the TRAIN side of public data sets:
  CLINC150 train (in-scope and oos queries; its val split is kept for measuring false alarms) and MedQuAD questions
  whose focus falls in the training half (a stable hash of the focus; the other half is kept for measuring).

Usage: python3 scripts/safety_detector_data.py [SOURCE_DIR]  (SOURCE_DIR holds crisis.txt, emergency.txt, none.txt,
    drafts of our sentences; omit it to rebuild only public-negatives.jsonl)
       python3 scripts/safety_detector_data.py --measure OUT.jsonl  (1030 MedQuAD questions from the measuring half,
    for eval --safety; see docs/safety.md)
"""
import hashlib
import json
import random
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "intents" / "safety" / "detector"
DATA = Path("/work/shared/data")


def medquad_half(focus):
    """0 = training half, 1 = measuring half."""
    return hashlib.sha256(focus.lower().encode()).digest()[0] % 2


def convert(source):
    for label in ("crisis", "emergency", "none"):
        category = "general"
        rows = []
        for line in (source / f"{label}.txt").read_text().splitlines():
            if not line.strip():
                continue
            if line.startswith("# "):
                category = line[2:].strip()
                continue
            rows.append({"text": line.strip(), "label": label, "category": category})
        write(OUT / f"{label}.jsonl", rows)


def public_negatives():
    rng = random.Random(11)
    clinc = [json.loads(l) for l in (DATA / "clinc150" / "train.jsonl").read_text().splitlines() if l.strip()]
    clinc = rng.sample(clinc, 5000)
    medquad = [json.loads(l) for l in (DATA / "medquad" / "questions.jsonl").read_text().splitlines() if l.strip()]
    medquad = [q for q in medquad if medquad_half(q["focus"]) == 0]
    medquad = rng.sample(medquad, 2000)
    rows = [{"text": q["text"], "label": "none", "category": "clinc150-train"} for q in clinc]
    rows += [{"text": q["text"], "label": "none", "category": "medquad-train-half"} for q in medquad]
    write(OUT / "public-negatives.jsonl", rows)


def write(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(rows)}")


def measuring_questions(out, count=1030):
    rng = random.Random(5)
    medquad = [json.loads(l) for l in (DATA / "medquad" / "questions.jsonl").read_text().splitlines() if l.strip()]
    medquad = rng.sample([q for q in medquad if medquad_half(q["focus"]) == 1], count)
    write(Path(out), [{"text": q["text"], "urgent": False, "kind": "none", "category": "medquad-" + q["qtype"]}
                      for q in medquad])


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--measure":
        measuring_questions(sys.argv[2])
        sys.exit(0)
    if len(sys.argv) > 1:
        convert(Path(sys.argv[1]))
    public_negatives()
