#!/usr/bin/env python3
"""Builds the risk detector's files from the training half of the fourth blind writer's set (train-s8).

Usage:
  python3 scripts/blind_s8_detector_data.py BLIND_DIR OUT_DIR [DEV.jsonl...]

BLIND_DIR holds the writer's files (urgent_varied, none_everyday, none_treatment_stories; lines with text, urgent,
kind, category, persona). Only the training half is read (scripts/blind_split.py: first byte of SHA-256 of the text
even); the other half is held out for measuring. Writes:

  OUT_DIR/blind-s8.jsonl                   short urgent messages as they are; of each buried urgent message
                                           (categories buried_*) only its urgent sentences (every sentence that is
                                           neither a question nor one of the writer's logistics openers, checked by
                                           hand); everyday visitor messages as they are
  OUT_DIR/ordinary-s8-story-sentences.jsonl  the sentences of the long non-urgent treatment stories one by one,
                                           counted once like the s6 and s7 story sentences

A line whose content words are at least half those of a development message (DEV files, e.g. safety-dev.jsonl and
nlu-dev.jsonl) is dropped, so nothing close to a development message is trained on.
"""
import re
import sys
from pathlib import Path

from blind_detector_lines import TrainingLines, sentences

# the writer's openers and closers around a buried urgent sentence: logistics, greetings, apologies
LOGISTICS = re.compile(r"^(hi|hello|hey|good morning|quick thing|sorry|my insurance|is dr|i was going to ask|also|oh and|and do|can i)\b|\?$",
                       re.IGNORECASE)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    blind, out = Path(sys.argv[1]), Path(sys.argv[2])
    # each line once as written; the stories are partly combinatorial (the same openers and closers recur), and a
    # sentence in capitals or lower case is another persona's line: deduplicating those regardless of case was tried
    # and lost one urgent message of the held-out half (docs/safety.md, sixth pass)
    lines = TrainingLines(sys.argv[3:])
    add = lines.add
    written, ordinary = [], []

    for path in sorted(blind.glob("*.jsonl")):
        for line, text, label in lines.training_half(path):
            category = line.get("category", "blind") + "-s8"
            if path.stem == "none_treatment_stories":
                for sentence in sentences(text):
                    add(ordinary, sentence, "none", category + "-sentence")
            elif line.get("urgent") and line.get("category", "").startswith("buried"):
                for sentence in sentences(text):
                    if not LOGISTICS.search(sentence):
                        add(written, sentence, label, "buried-urgent-sentence-s8")
            else:
                add(written, text, label, category)
    lines.write(out, (("blind-s8.jsonl", written), ("ordinary-s8-story-sentences.jsonl", ordinary)))

if __name__ == "__main__":
    main()
