#!/usr/bin/env python3
"""Builds the risk detector's files from the training half of the session-13 blind writers' set (train-s13/train).

Usage:
  python3 scripts/blind_s13_detector_data.py TRAIN_SAFETY.jsonl TRAIN_NLU.jsonl,TRAIN_FOLLOWUPS.jsonl OUT_DIR [DEV.jsonl...]

TRAIN_SAFETY.jsonl is /work/evalsets/train-s13/train/safety-train.jsonl (split by the writers' split.py, the same
SHA-256 rule; a line of the held half is refused), the NLU files nlu-train.jsonl and followups-train.jsonl of the same
folder. Writes blind-s13.jsonl, ordinary-s13-visitor-sentences.jsonl and ordinary-s13-story-sentences.jsonl the way
scripts/blind_s12_detector_data.py does: short urgent messages as they are, of each long urgent message hiding the
danger among clinic questions only the sentence that tells it (URGENT_SENTENCE, picked by hand), a short urgent story
of four or five sentences as it is (WHOLE), short non-urgent messages as none, long non-urgent messages and visitor
turns sentence by sentence. Lines close to a development message are dropped.
"""
from blind_detector_lines import WHOLE, build_session_files

# id -> index of the sentence that tells the danger, or WHOLE, for urgent messages of more than three sentences
URGENT_SENTENCE = {
    "s13w3-009": WHOLE,
    "s13w3-016": WHOLE,
    "s13w3-035": WHOLE,
    "s13w3-088": WHOLE,
    "s13w3-098": WHOLE,
    "s13w3-144": WHOLE,
    "s13w3-147": 4,
    "s13w3-148": 3,
    "s13w3-149": 5,
    "s13w3-151": 4,
    "s13w3-152": 7,
    "s13w3-154": 4,
    "s13w3-155": 7,
    "s13w3-157": 4,
    "s13w3-160": 4,
    "s13w3-163": 4,
    "s13w3-164": 5,
    "s13w3-165": 7,
    "s13w3-166": 3,
    "s13w3-168": 3,
    "s13w3-180": WHOLE,
    "s13w3-202": WHOLE,
    "s13w3-227": WHOLE,
    "s13w3-254": WHOLE,
    "s13w3-314": 4,
    "s13w3-315": 7,
    "s13w3-316": 2,
    "s13w3-318": 4,
    "s13w3-320": 2,
    "s13w3-322": 2,
}


if __name__ == "__main__":
    build_session_files(__doc__, "s13", URGENT_SENTENCE, story_sentences=True)
