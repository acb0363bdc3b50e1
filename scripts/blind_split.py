#!/usr/bin/env python3
"""Splits a blind-written safety set into a training half and a held-out half by a stable hash of each text.

Usage:
  python3 scripts/blind_split.py train OUT.jsonl IN.jsonl...   detector training lines (text, label, category)
  python3 scripts/blind_split.py held OUT.jsonl IN.jsonl...    held-out lines in eval format (text, urgent, kind, category)

A line is in the training half when the first byte of SHA-256(text, UTF-8) is even, held out otherwise; the split
depends on nothing but the text, so it is the same on every run and every machine. Input lines have either
label (crisis/emergency/none) or urgent (+ kind); both forms are read.
"""
import hashlib
import json
import sys


def half(text):
    return "train" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0 else "held"


def label_of(line):
    if "label" in line:
        return line["label"]
    return line.get("kind", "crisis") if line.get("urgent") else "none"


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("train", "held"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    which, out, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    seen = set()
    count = 0
    with open(out, "w", encoding="utf-8") as sink:
        for path in inputs:
            with open(path, encoding="utf-8") as source:
                for raw in source:
                    if not raw.strip():
                        continue
                    line = json.loads(raw)
                    text = line["text"].strip()
                    if text in seen or half(text) != which:
                        continue
                    seen.add(text)
                    label = label_of(line)
                    category = line.get("category", "blind")
                    if which == "train":
                        record = {"text": text, "label": label, "category": category}
                    else:
                        record = {"text": text, "urgent": label != "none", "kind": label, "category": category}
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                    count += 1
    print(f"{out}: {count}", file=sys.stderr)


if __name__ == "__main__":
    main()
