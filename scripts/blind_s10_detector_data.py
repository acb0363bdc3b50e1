#!/usr/bin/env python3
"""Builds the risk detector's file from the training half of the session-10 blind writer's set (train-s10).

Usage:
  python3 scripts/blind_s10_detector_data.py TRAIN_SAFETY.jsonl TRAIN_NLU.jsonl OUT_DIR [DEV.jsonl...]

TRAIN_SAFETY.jsonl is /work/evalsets/train-s10/train/safety.jsonl: the training half, already split by the writer's
split (first byte of SHA-256 of the text even, the same rule as scripts/blind_split.py; a line of the other half is
refused here too). Lines hold id, text, urgent, kind, category and persona, but no marked urgent sentence. Writes
OUT_DIR/blind-s10.jsonl: short urgent messages (crisis / emergency) as they are; of each long urgent message that
hides its danger among ordinary sentences only the sentence that tells it (URGENT_SENTENCE below, picked by hand
by its index among the message's sentences: the rest of such a message is not used); every non-urgent message
(short replies, chitchat, family, venting, idioms, past suicidality, information questions, stories) as none, as
it is.
TRAIN_NLU.jsonl is /work/evalsets/train-s10/train/nlu.jsonl (ordinary visitor questions, none urgent): written to
OUT_DIR/ordinary-s10-visitor-sentences.jsonl as none, a message of up to two sentences as it is and a longer one
(a story) sentence by sentence, counted once and never cross-validated like the s6-s8 story sentences.

A line whose content words are at least half those of a development message (DEV files, e.g. safety-dev.jsonl and
nlu-dev.jsonl) is dropped, so nothing close to a development message is trained on.
"""
from blind_detector_lines import build_session_files

# id -> index of the sentence that tells the danger, for the long urgent messages
URGENT_SENTENCE = {
    "t10-102": 3, "t10-139": 6, "t10-188": 2, "t10-204": 5, "t10-220": 3, "t10-252": 1, "t10-294": 2,
    "t10-319": 3, "t10-331": 2, "t10-350": 2, "t10-468": 2, "t10-475": 1,
}


if __name__ == "__main__":
    build_session_files(__doc__, "s10", URGENT_SENTENCE)
