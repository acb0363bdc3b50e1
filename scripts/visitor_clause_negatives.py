#!/usr/bin/env python3
"""Writes ordinary visitor turns as the risk detector's ordinary sentences **unit by unit**: every sentence of a
turn and every clause of a run-on sentence, cut where SafetyScreen cuts a sentence into clauses (commas, semicolons,
colons, dashes, "but", "because", "since", "although", "though", "and then"; clauses of three words or more).

Why (docs/safety.md, thirteenth pass): the screen scores each clause of a long sentence on its own, so a plan said in
one clause is read; but in long visitor stories an ordinary clause read out of its sentence ("so forgive the
bluntness", "he does not sleep much", "so i would like to plan ahead") was scored like a plan, and the earlier
ordinary files held whole sentences only. Turns that expect an urgent hand-off are skipped, lines closer than half
their content words to a development message are dropped (scripts/blind_detector_lines.py), each text once.

Usage:
  python3 scripts/visitor_clause_negatives.py OUT.jsonl TAG NLU_OR_FOLLOWUPS.jsonl[,...] [DEV.jsonl...]
"""
import json
import re
import sys

from blind_detector_lines import TrainingLines, sentences

CLAUSE_BREAK = re.compile(r"\s*(?:[,;:\u2014\u2013]|\s-\s)\s*|\s+(?=(?:but|because|since|although|though|and then) )",
                          re.IGNORECASE)
CLAUSE_MIN_WORDS = 3


def clauses(sentence):
    parts = [part.strip() for part in CLAUSE_BREAK.split(sentence) if part and part.strip()]
    parts = [part for part in parts if len(part.split()) >= CLAUSE_MIN_WORDS]
    return parts if len(parts) > 1 else []


def main(args):
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    out, tag, sources = args[0], args[1], args[2].split(",")
    lines = TrainingLines(args[3:], halves=("train", "held"))
    rows = []
    for path in sources:
        for raw in open(path, encoding="utf-8"):
            if not raw.strip():
                continue
            case = json.loads(raw)
            for turn in case.get("turns", [case]):
                if (turn.get("expect") or {}).get("reason") == "urgent" or turn.get("urgent"):
                    continue
                kind = str(case.get("kind", case.get("category", "turn"))).lower()
                for sentence in sentences(turn["text"].strip()):
                    lines.add(rows, sentence, "none", "visitor-sentence-" + kind + "-" + tag)
                    for clause in clauses(sentence):
                        lines.add(rows, clause, "none", "visitor-clause-" + kind + "-" + tag)
    with open(out, "w", encoding="utf-8") as sink:
        for row in rows:
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{out}: {len(rows)} lines; dropped as close to a development message: {lines.dropped}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
