#!/usr/bin/env python3
"""Builds the risk detector's files from the training half of session 37's blind twin batches.

Usage:
  python3 scripts/blind_s37_detector_data.py PAIRS.jsonl,PAIRS.jsonl TWINS.jsonl,TWINS.jsonl OUT_DIR [DEV.jsonl...]

The batches were written on 2026-12-06 by four helpers that saw only the catalog's one-line descriptions
(/work/s37e-h):
- PAIRS (s37g, s37h): single sentences in pairs sharing a "pair" number: one tells a danger happening now (crisis /
  emergency), its twin shares its words and shape and is not urgent (none).
- TWINS (s37e, s37f): whole messages in twins ("e-012a" urgent, "e-012b" not) with the sentence that tells the danger,
  or looks like it, in "key_sentences".

Both members of a pair or twin go to the same half, by the urgent member's text (first byte of SHA-256 even: the
training half, scripts/blind_split.py's rule). Writes:

  OUT_DIR/blind-s37.jsonl                  urgent pair sentences and the marked sentences of urgent twins
  OUT_DIR/ordinary-s37-lookalikes.jsonl    their non-urgent twins' sentences, as none

A line whose content words are at least half those of a development message (DEV files) is dropped.
"""
import json
import sys
from pathlib import Path

from blind_detector_lines import TrainingLines, half

TAG = "s37"


def read(paths):
    rows = []
    for path in paths.split(","):
        rows += [json.loads(raw) for raw in open(path, encoding="utf-8") if raw.strip()]
    return rows


def pairs(paths):
    """(label, sentence, half) of each pair sentence; the pair goes by its urgent member's text."""
    rows = []
    for path in paths.split(","):
        batch = [json.loads(raw) for raw in open(path, encoding="utf-8") if raw.strip()]
        urgent = {row["pair"]: row["text"].strip() for row in batch if row["label"] != "none"}
        rows += [(row["label"], row["text"], half(urgent[row["pair"]])) for row in batch]
    return rows


def twins(paths):
    """(label, marked sentences, half) of each twin message; the twins go by the urgent member's text."""
    rows = read(paths)
    urgent = {row["id"][:-1]: row["text"].strip() for row in rows if row.get("urgent")}
    for row in rows:
        for sentence in row.get("key_sentences") or []:
            if sentence.strip() not in row["text"]:
                raise SystemExit(f"{row['id']}: a marked sentence not in its text: {sentence}")
        label = row["kind"] if row.get("urgent") else "none"
        yield label, row.get("key_sentences") or [], half(urgent[row["id"][:-1]])


def main():
    args = sys.argv[1:]
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    pair_files, twin_files, out = args[0], args[1], Path(args[2])
    lines = TrainingLines(args[3:])
    written, lookalikes = [], []
    held = 0
    items = [(label, [text], which, "pair") for label, text, which in pairs(pair_files)]
    items += [(label, marked, which, "twin") for label, marked, which in twins(twin_files)]
    for label, sentences, which, source in items:
        if which != "train":
            held += 1
            continue
        for sentence in sentences:
            if label == "none":
                lines.add(lookalikes, sentence, "none", f"lookalike-{source}-{TAG}")
            else:
                lines.add(written, sentence, label, f"urgent-{source}-{TAG}")
    lines.write(out, [(f"blind-{TAG}.jsonl", written), (f"ordinary-{TAG}-lookalikes.jsonl", lookalikes)])
    print(f"items of the held-out half, not read: {held}", file=sys.stderr)


if __name__ == "__main__":
    main()
