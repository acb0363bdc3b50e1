#!/usr/bin/env python3
"""Builds the risk detector's files from the training half of the third blind writer's set (train-s7).

Usage:
  python3 scripts/blind_s7_detector_data.py BLIND_DIR OUT_DIR [DEV.jsonl...]

BLIND_DIR holds the writer's files (urgent_short, urgent_buried, none_stories, none_history, none_venting,
none_alarming_info; lines with text, urgent, kind, category, and for a buried urgent message the exact
urgent_sentence). Only the training half is read (scripts/blind_split.py: first byte of SHA-256 of the text even);
the other half is held out for measuring. Writes:

  OUT_DIR/blind-s7.jsonl                   short urgent messages, the marked urgent sentence of each buried urgent
                                           message, short venting, idiom and alarming-information messages as they are
  OUT_DIR/ordinary-s7-story-sentences.jsonl  the sentences of long non-urgent stories and histories one by one, counted
                                           once like the s6 story sentences

A line whose content words are at least half those of a development message (DEV files, e.g. safety-dev.jsonl and
nlu-dev.jsonl) is dropped, so nothing close to a development message is trained on.
"""
import sys
from pathlib import Path

from blind_detector_lines import TrainingLines, sentences

SHORT_FILES = ("none_venting", "none_alarming_info", "urgent_short")
STORY_FILES = ("none_stories", "none_history")


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    blind, out = Path(sys.argv[1]), Path(sys.argv[2])
    lines = TrainingLines(sys.argv[3:])
    add = lines.add
    written, ordinary = [], []

    for path in sorted(blind.glob("*.jsonl")):
        for line, text, label in lines.training_half(path):
            category = line.get("category", "blind") + "-s7"
            if path.stem in SHORT_FILES:
                add(written, text, label, category)
            elif path.stem in STORY_FILES:
                for sentence in sentences(text):
                    add(ordinary, sentence, "none", category + "-sentence")
            elif path.stem == "urgent_buried":
                urgent = (line.get("urgent_sentence") or "").strip()
                if not urgent or urgent not in text:
                    continue
                # the sentences around it are not used: as ordinary sentences they cost 6 urgent sentences of the
                # detector's cross-validation (1019 -> 1013 of 1102) for no clear gain on the held-out halves
                add(written, urgent, label, "buried-urgent-sentence-s7")
    lines.write(out, (("blind-s7.jsonl", written), ("ordinary-s7-story-sentences.jsonl", ordinary)))

if __name__ == "__main__":
    main()
