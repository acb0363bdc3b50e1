#!/usr/bin/env python3
"""Builds the risk detector's files from the HELD half of the session-12 blind writers' set (train-s12/held), which
session 14 released as training material (the held sets are now train-s13/held and the finals).

Usage:
  python3 scripts/blind_s12held_detector_data.py HELD_SAFETY.jsonl HELD_NLU.jsonl,HELD_FOLLOWUPS.jsonl OUT_DIR [DEV.jsonl...]

HELD_SAFETY.jsonl is /work/evalsets/train-s12/held/safety-held.jsonl, the NLU files nlu-held.jsonl and
followups-held.jsonl of the same folder. Writes blind-s12h.jsonl, ordinary-s12h-visitor-sentences.jsonl and
ordinary-s12h-story-sentences.jsonl the way scripts/blind_s12_detector_data.py does for the training half: short
urgent messages as they are, of each long urgent message only the sentence(s) that tell the danger (URGENT_SENTENCE,
picked by hand), short non-urgent messages as none, long non-urgent messages and visitor turns sentence by sentence.
Lines close to a development message are dropped.
"""
from blind_detector_lines import WHOLE, build_session_files

# id -> index (or indexes) of the sentence(s) that tell the danger, or WHOLE, for urgent messages of more than three
# sentences
URGENT_SENTENCE = {
    "w3-027": WHOLE,
    "w3-147": 4,
    "w3-149": 2,
    "w3-150": 3,
    "w3-151": 2,
    "w3-152": 2,
    "w3-155": 4,
    "w3-158": 2,
    "w3-160": 3,
    "w3-161": 2,
    "w3-163": 2,
    "w3-164": 3,
    "w3-168": 2,
    "w3-245": WHOLE,
    "w3-315": 2,
    "w3-318": 3,
    "w3-319": 2,
    "w3-320": 2,
    "w3-324": 2,
    "w3-325": 3,
}


if __name__ == "__main__":
    build_session_files(__doc__, "s12h", URGENT_SENTENCE, story_sentences=True, halves=("held",))
