#!/usr/bin/env python3
"""Builds the risk detector's file from the training half of the session-11 blind writer's set (train-s11).

Usage:
  python3 scripts/blind_s11_detector_data.py TRAIN_SAFETY.jsonl TRAIN_NLU.jsonl OUT_DIR [DEV.jsonl...]

TRAIN_SAFETY.jsonl is /work/evalsets/train-s11/train/safety.jsonl: the training half, already split by the writer's
split (first byte of SHA-256 of the text even, the same rule as scripts/blind_split.py; a line of the other half is
refused here too). Lines hold id, text, urgent, kind, category and persona, but no marked urgent sentence. Writes
OUT_DIR/blind-s11.jsonl: short urgent messages (crisis / emergency) as they are; of each long urgent message that
hides its danger among ordinary sentences only the sentence that tells it (URGENT_SENTENCE below, picked by hand
by its index among the message's sentences: the rest of such a message is not used); every non-urgent message
(short replies, chitchat, family, venting, idioms, past suicidality, information questions, stories) as none, as
it is.
TRAIN_NLU.jsonl is /work/evalsets/train-s11/train/nlu.jsonl (ordinary visitor questions, none urgent): written to
OUT_DIR/ordinary-s11-visitor-sentences.jsonl as none, a message of up to two sentences as it is and a longer one
(a story) sentence by sentence, counted once and never cross-validated like the s6-s8 story sentences.

A line whose content words are at least half those of a development message (DEV files, e.g. safety-dev.jsonl and
nlu-dev.jsonl) is dropped, so nothing close to a development message is trained on.
"""
from blind_detector_lines import build_session_files

# id -> index of the sentence that tells the danger, for the long urgent messages
URGENT_SENTENCE = {
    "t11u-116": 2,
    "t11u-117": 5,
    "t11u-118": 3,
    "t11u-121": 3,
    "t11u-122": 2,
    "t11u-123": 3,
    "t11u-124": 2,
    "t11u-128": 4,
    "t11u-130": 4,
    "t11u-131": 3,
    "t11u-133": 3,
    "t11u-134": 2,
    "t11u-138": 2,
    "t11u-139": 2,
    "t11u-142": 3,
    "t11u-143": 2,
    "t11u-144": 2,
    "t11u-145": 3,
    "t11u-146": 1,
    "t11u-147": 3,
    "t11u-241": 3,
    "t11u-242": 2,
    "t11u-247": 2,
    "t11u-250": 3,
    "t11u-252": 3,
    "t11u-253": 2,
    "t11u-254": 2,
    "t11u-255": 2,
    "t11u-256": 2,
    "t11u-257": 2,
    "t11u-259": 2,
}


if __name__ == "__main__":
    build_session_files(__doc__, "s11", URGENT_SENTENCE, story_sentences=True)
