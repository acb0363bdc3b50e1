#!/usr/bin/env python3
"""Writes CLINC150 validation queries as `eval --chat` cases that expect a handoff (`unmatched`): everyday requests
to a bank's or a phone's assistant (its 150 intents) and its out-of-scope queries, none of them about a ketamine clinic.
A routing rule that leans towards the clinic's topics must still hand these off.

CLINC150 (../shared/data/clinc150/val.jsonl, Larson et al. 2019); the validation split only (its test split is held
back). Kinds: `offtopic` (its in-scope intents, 3,000) and `offtopic_oos` (its 100 out-of-scope queries), counted
apart.
Usage: python3 scripts/clinc_chat_cases.py ../shared/data > clinc-val-chat.jsonl
"""
import json
import sys

DATA = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
with open(f'{DATA}/clinc150/val.jsonl', encoding='utf-8') as lines:
    for number, line in enumerate(lines):
        row = json.loads(line)
        kind = 'offtopic_oos' if row['intent'] == 'oos' else 'offtopic'
        print(json.dumps({'id': f'clinc-val-{number:04d}', 'persona': 'clinc150', 'kind': kind,
                          'turns': [{'text': row['text'], 'expect': {'route': 'handoff', 'reason': 'unmatched'}}]}))
