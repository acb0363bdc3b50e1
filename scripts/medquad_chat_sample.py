#!/usr/bin/env python3
"""Writes a fixed-seed sample of MedQuAD consumer-health questions as `eval --chat` cases that expect a handoff
(`unmatched`): questions about other medicines and conditions that the ketamine catalog must not answer.

MedQuAD (../shared/data/medquad/questions.jsonl, CC BY 4.0, Ben Abacha and Demner-Fushman 2019) names no ketamine.
Left out: the questions the out_of_scope class trains on (src/main/resources/.../nlu/out-of-scope-extra.txt) and the
urgent question types (emergency or overdose, severe reaction, when to contact a medical professional), whose right
reply may be an urgent handoff. Tidied as scripts/out_of_scope_extra.py does ("(are)" and the space before "?"
removed; 40% lower-cased without "?", as visitors type).

Two samples:
  all     any question type
  frames  only the types whose frame one of our intents answers for ketamine (side effects, dose, usage,
          interactions, precautions, how it works ...): "What are the side effects of Abacavir?" is the hard case,
          since without the drug's name it is a ketamine question
Usage: python3 scripts/medquad_chat_sample.py ../shared/data all 1000 > medquad-all.jsonl
       python3 scripts/medquad_chat_sample.py ../shared/data frames 500 > medquad-frames.jsonl
Optional 4th argument: a focus half ("a" or "b", by sha256 of the focus) to sample from only that half ("any": both).
Optional 5th argument: another shuffling seed (default 20261202), for a second, different sample:
       python3 scripts/medquad_chat_sample.py ../shared/data all 1000 any 7 > medquad-all-seed7.jsonl
"""
import hashlib
import json
import random
import re
import sys

from medquad_text import tidy

DATA = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
WHICH = sys.argv[2] if len(sys.argv) > 2 else 'all'
SIZE = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
HALF = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] != 'any' else None
SEED = int(sys.argv[5]) if len(sys.argv) > 5 else 20261202
URGENT = {'emergency or overdose', 'when to contact a medical professional', 'severe reaction'}
FRAMES = {'side effects', 'dose', 'usage', 'interactions with medications', 'interactions with herbs and supplements',
          'interactions with foods', 'precautions', 'contraindication', 'how does it work', 'how effective is it',
          'important warning', 'indication', 'considerations', 'storage and disposal', 'forget a dose', 'outlook',
          'treatment', 'complications'}
EXTRA = 'src/main/resources/com/clinicfaq/chatbot/nlu/out-of-scope-extra.txt'


def half(focus):
    return 'a' if hashlib.sha256(focus.lower().encode()).digest()[0] % 2 == 0 else 'b'


def main():
    trained = {line.strip().lower().rstrip('?') for line in open(EXTRA, encoding='utf-8') if not line.startswith('#')}
    rng = random.Random(SEED)
    pool = []
    with open(f'{DATA}/medquad/questions.jsonl', encoding='utf-8') as f:
        for line in f:
            q = json.loads(line)
            if q['qtype'] in URGENT or len(q['text']) > 160:
                continue
            if WHICH == 'frames' and q['qtype'] not in FRAMES:
                continue
            if HALF and half(q['focus']) != HALF:
                continue
            pool.append(q)
    rng.shuffle(pool)
    written = 0
    for q in pool:
        text = tidy(q['text'], rng)
        if text.lower().rstrip('?') in trained:
            continue
        case = {'id': f'medquad-{WHICH}-{written:04d}' if SEED == 20261202 else f'medquad-{WHICH}-s{SEED}-{written:04d}', 'persona': 'medquad', 'kind': 'other_medicine',
                'qtype': q['qtype'], 'turns': [{'text': text, 'expect': {'route': 'handoff', 'reason': 'unmatched'}}]}
        print(json.dumps(case))
        written += 1
        if written == SIZE:
            break


if __name__ == '__main__':
    main()
