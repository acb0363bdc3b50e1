#!/usr/bin/env python3
"""Builds the risk detector's files from the training half of the session-9 blind writer's set (train-s9).

Usage:
  python3 scripts/blind_s9_detector_data.py [--story-sentences] TRAIN_ALL.jsonl OUT_DIR [DEV.jsonl...]

TRAIN_ALL.jsonl is /work/evalsets/train-s9/train/safety/all.jsonl: the training half, already split by the writer's
split (first byte of SHA-256 of the text even, the same rule as scripts/blind_split.py; a line of the other half is
refused here too). Lines hold text, urgent, kind, category, urgent_sentence and, for a risk-information question,
expect_intent. Writes:

  OUT_DIR/blind-s9.jsonl                   urgent messages (crisis / emergency) as they are; of each buried urgent
                                           message (category buried) only its marked urgent_sentence; the non-urgent
                                           look-alikes (idioms, past and family history, venting, dark humour,
                                           harmless keywords, media claims, treatment stories ...) and the
                                           risk-information questions as they are, as none
  OUT_DIR/ordinary-s9-story-sentences.jsonl  only with --story-sentences: the other sentences of each buried urgent
                                           message (the ordinary story a plan or an emergency is hidden in) one by
                                           one, as none, counted once like the s6-s8 story sentences. Tried and not
                                           kept (docs/safety.md, seventh pass): with them the held-out halves' false
                                           alarms went up (s6 31 -> 37, s8 8 -> 19) for one urgent message more on s5
                                           and s7 and one fewer on s8

A line whose content words are at least half those of a development message (DEV files, e.g. safety-dev.jsonl and
nlu-dev.jsonl) is dropped, so nothing close to a development message is trained on.
"""
import sys
from pathlib import Path

from blind_detector_lines import TrainingLines, sentences


def main():
    args = sys.argv[1:]
    story_sentences = "--story-sentences" in args
    args = [a for a in args if a != "--story-sentences"]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    source, out = Path(args[0]), Path(args[1])
    lines = TrainingLines(args[2:])
    add = lines.add
    written, ordinary = [], []

    for line, text, label in lines.training_half(source):
        category = line.get("category", "blind")
        if line.get("expect_intent"):
            add(written, text, "none", "risk-question-" + category + "-s9")
        elif line.get("urgent") and category == "buried":
            urgent = (line.get("urgent_sentence") or "").strip()
            if not urgent or urgent not in text:
                continue
            add(written, urgent, label, "buried-urgent-sentence-s9")
            for sentence in (sentences(text) if story_sentences else []):
                # the marked sentence (or a piece of it, or a sentence holding it) stays urgent only
                if sentence in urgent or urgent in sentence:
                    continue
                add(ordinary, sentence, "none", "buried-story-sentence-s9")
        else:
            add(written, text, label, category + "-s9")
    files = [("blind-s9.jsonl", written)]
    if story_sentences:
        files.append(("ordinary-s9-story-sentences.jsonl", ordinary))
    lines.write(out, files)
    if lines.other_half:
        print(f"refused as lines of the held-out half: {lines.other_half}", file=sys.stderr)


if __name__ == "__main__":
    main()
