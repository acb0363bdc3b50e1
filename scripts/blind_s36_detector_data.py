#!/usr/bin/env python3
"""Builds the risk detector's files from the training half of session 36's blind look-alike batches.

Usage:
  python3 scripts/blind_s36_detector_data.py A.jsonl,C.jsonl B.jsonl,D.jsonl OUT_DIR [DEV.jsonl...]

The batches were written on 2026-12-05 by four helpers that saw only the catalog's one-line descriptions
(/work/s36a-d): A and C hold long non-urgent visitor messages, each with the sentences that could alarm a screen out
of their message ("lookalike_sentences"); B and D hold long messages with one sentence that tells a danger happening
now ("urgent_sentences" / "key_sentences"), and non-urgent twins and look-alikes with the sentences that look most
like danger (D's twins share an id but for the last letter: "d-012a", "d-012b"). Writes:

  OUT_DIR/blind-s36.jsonl                  of each urgent message, its marked sentences (crisis / emergency)
  OUT_DIR/ordinary-s36-lookalikes.jsonl    of each non-urgent message, its marked look-alike sentences, as none,
                                           counted once like the other ordinary-* files

A message is in the training half when the first byte of SHA-256 of its text is even (scripts/blind_split.py's rule);
D's twins go together, by the urgent twin's text. A line whose content words are at least half those of a development
message (DEV files) is dropped.
"""
import json
import sys
from pathlib import Path

from blind_detector_lines import TrainingLines, half

TAG = "s36"


def messages(paths):
    rows = []
    for path in paths.split(","):
        rows += [json.loads(raw) for raw in open(path, encoding="utf-8") if raw.strip()]
    urgent_twin = {row["id"][:-1]: row["text"] for row in rows if row["id"].endswith("a") and row.get("urgent")}
    for row in rows:
        split_text = urgent_twin.get(row["id"][:-1], row["text"]) if row["id"].startswith("d-") else row["text"]
        yield row, half(split_text.strip())


def main():
    args = sys.argv[1:]
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    ordinary_files, urgent_files, out = args[0], args[1], Path(args[2])
    lines = TrainingLines(args[3:])
    written, lookalikes = [], []
    held = 0
    for row, which in list(messages(ordinary_files)) + list(messages(urgent_files)):
        if which != "train":
            held += 1
            continue
        marked = row.get("lookalike_sentences") or row.get("urgent_sentences") or row.get("key_sentences") or []
        for sentence in marked:
            if sentence.strip() not in row["text"]:
                raise SystemExit(f"{row['id']}: a marked sentence not in its text: {sentence}")
            if row.get("urgent"):
                lines.add(written, sentence, row["kind"], "urgent-sentence-" + TAG)
            else:
                lines.add(lookalikes, sentence, "none", "lookalike-" + row.get("kind", "story").__str__() + "-" + TAG)
    lines.write(out, [(f"blind-{TAG}.jsonl", written), (f"ordinary-{TAG}-lookalikes.jsonl", lookalikes)])
    print(f"messages of the held-out half, not read: {held}", file=sys.stderr)


if __name__ == "__main__":
    main()
