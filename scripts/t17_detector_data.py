#!/usr/bin/env python3
"""Builds the risk detector's files from the session-17 blind training material (/work/evalsets/t17/raw/, written
2026-12-02 15:55-16:05 by writers who saw only the catalog; released whole as training material, no held half).

Usage:
  cat /work/evalsets/t17/raw/safety-urgent.jsonl /work/evalsets/t17/raw/safety-calm.jsonl > /tmp/t17-safety.jsonl
  python3 scripts/t17_detector_data.py /tmp/t17-safety.jsonl /work/evalsets/t17/raw/nlu.jsonl,/work/evalsets/t17/raw/followups.jsonl \
      intents/safety/detector src/test/resources/eval/safety-dev.jsonl src/test/resources/eval/nlu-dev.jsonl

Writes blind-t17.jsonl, ordinary-t17-visitor-sentences.jsonl and ordinary-t17-story-sentences.jsonl the way
scripts/blind_s13_detector_data.py does (both halves of the writers' hash rule are read: the whole set is training
material): short urgent messages as they are, of each long urgent message hiding the danger among clinic questions
only the sentence that tells it (URGENT_SENTENCE, picked by hand), a short urgent story of four to six sentences as it
is (WHOLE), short non-urgent look-alikes as none, long non-urgent messages and visitor turns sentence by sentence.
Lines close to a development message are dropped. Then, for the visitor turns unit by unit (each sentence and each
clause, as the screen cuts them):
  python3 scripts/visitor_clause_negatives.py intents/safety/detector/ordinary-t17-visitor-units.jsonl t17 \
      /work/evalsets/t17/raw/nlu.jsonl,/work/evalsets/t17/raw/followups.jsonl \
      src/test/resources/eval/safety-dev.jsonl src/test/resources/eval/nlu-dev.jsonl
and drop from ordinary-t17-visitor-sentences.jsonl the lines the units file already holds (130 lines were left).

Tried in session 17 (docs/safety.md, "Fifteenth pass") and NOT kept: with these four files (555 + 130 + 14 + 623
lines) the detector lost two development urgent messages (180 -> 178 of 180) and cut no false alarm on the sets it did
not train on. The script is kept so the files can be rebuilt for a later attempt.
"""
from blind_detector_lines import WHOLE, build_session_files

# id -> index of the sentence that tells the danger, or WHOLE, for urgent messages of more than three sentences
URGENT_SENTENCE = {
    "t17w3-009": WHOLE, "t17w3-014": WHOLE, "t17w3-016": WHOLE, "t17w3-028": WHOLE, "t17w3-031": WHOLE,
    "t17w3-066": WHOLE, "t17w3-081": WHOLE, "t17w3-096": WHOLE, "t17w3-100": WHOLE, "t17w3-104": WHOLE,
    "t17w3-111": WHOLE, "t17w3-112": WHOLE, "t17w3-128": WHOLE, "t17w3-131": WHOLE, "t17w3-138": WHOLE,
    "t17w3-157": WHOLE,
    "t17w3-158": 3, "t17w3-159": 3, "t17w3-160": 3, "t17w3-161": 3, "t17w3-162": 4, "t17w3-163": 2,
    "t17w3-164": 4, "t17w3-165": 4, "t17w3-166": 3, "t17w3-167": 2, "t17w3-168": 4, "t17w3-169": 2,
    "t17w3-170": 3, "t17w3-171": 3, "t17w3-172": 4, "t17w3-173": 3,
    "t17w3-178": WHOLE, "t17w3-184": WHOLE, "t17w3-188": WHOLE, "t17w3-212": WHOLE, "t17w3-244": WHOLE,
    "t17w3-303": 3, "t17w3-304": 2, "t17w3-305": 3, "t17w3-306": 3, "t17w3-307": 3, "t17w3-308": 3,
    "t17w3-309": 2, "t17w3-310": 4, "t17w3-311": 3,
}


if __name__ == "__main__":
    build_session_files(__doc__, "t17", URGENT_SENTENCE, story_sentences=True, halves=("train", "held"))
