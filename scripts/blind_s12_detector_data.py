#!/usr/bin/env python3
"""Builds the risk detector's files from the training half of the session-12 blind writers' set (train-s12).

Usage:
  python3 scripts/blind_s12_detector_data.py TRAIN_SAFETY.jsonl TRAIN_NLU.jsonl,TRAIN_FOLLOWUPS.jsonl OUT_DIR [DEV.jsonl...]

TRAIN_SAFETY.jsonl is /work/evalsets/train-s12/train/safety-train.jsonl: the training half, split by the writers'
split.py (first byte of SHA-256 of the text even, the rule of scripts/blind_split.py; a line of the other half is
refused here too). Lines hold id, text, urgent, kind, category and persona, but no marked urgent sentence. Writes
OUT_DIR/blind-s12.jsonl: urgent messages of up to three sentences as they are; of each longer urgent message (most of
them hide the danger among questions about the clinic) only the sentence that tells it (URGENT_SENTENCE below,
picked by hand by its index among the message's sentences: the rest of such a message is not used); non-urgent
messages of up to three sentences (short replies, idioms, venting, history, risk and off-topic questions) as none, as
they are; and OUT_DIR/ordinary-s12-story-sentences.jsonl: longer non-urgent messages sentence by sentence, counted
once and never cross-validated like the s6-s8 story sentences.
TRAIN_NLU.jsonl and TRAIN_FOLLOWUPS.jsonl are /work/evalsets/train-s12/train/nlu-train.jsonl and
followups-train.jsonl (visitor conversations; a case is in the training half by its turn texts joined by new lines):
every visitor turn that does not expect an urgent hand-off goes to OUT_DIR/ordinary-s12-visitor-sentences.jsonl as
none, a turn of up to two sentences as it is and a longer one sentence by sentence.

A line whose content words are at least half those of a development message (DEV files, e.g. safety-dev.jsonl and
nlu-dev.jsonl) is dropped, so nothing close to a development message is trained on.
"""
from blind_detector_lines import build_session_files

# id -> index of the sentence that tells the danger, for the urgent messages of more than three sentences
URGENT_SENTENCE = {
    "w3-013": 1,
    "w3-039": 1,
    "w3-100": 2,
    "w3-118": 3,
    "w3-148": 2,
    "w3-153": 3,
    "w3-154": 3,
    "w3-156": 2,
    "w3-157": 2,
    "w3-159": 3,
    "w3-162": 2,
    "w3-165": 3,
    "w3-166": 3,
    "w3-170": 0,
    "w3-179": 1,
    "w3-287": 1,
    "w3-314": 2,
    "w3-317": 2,
    "w3-321": 2,
    "w3-322": 3,
    "w3-323": 2,
}


if __name__ == "__main__":
    build_session_files(__doc__, "s12", URGENT_SENTENCE, story_sentences=True)
