#!/usr/bin/env python3
"""Writes a blind training half's single-message cases as a folder for scripts/add_visitor_examples.py.

    python3 scripts/blind_visitor_folder.py HALF [HALF ...] OUT_FOLDER
    (for example /work/evalsets/train-s12/train /work/evalsets/train-s12/held /work/evalsets/train-s13/train)

Reads each half's nlu-<half>.jsonl (nlu-train.jsonl or nlu-held.jsonl) (every case whose first turn expects one intent; two-question cases have
two labels and are left out), the first turn of each followups-<half>.jsonl conversation, and of safety-<half>.jsonl
the urgent lines (as `crisis` or `emergency` by their kind, except the buried categories, where the danger is one
sentence of a long question) and the risk information lines with their expected intent. Writes one
`<intent>.txt` per intent (other medicines and off-topic messages go to `out_of_scope.txt`: pass `--skip none`).
Then: python3 scripts/add_visitor_examples.py OUT_FOLDER --skip none --avoid <every evaluation set>
"""
import collections
import json
import os
import sys


def main(halves, out):
    phrases = collections.defaultdict(list)
    for half in halves:
        read_half(half, phrases)
    os.makedirs(out, exist_ok=True)
    for intent, texts in sorted(phrases.items()):
        with open(os.path.join(out, intent + '.txt'), 'w', encoding='utf-8') as f:
            f.writelines(' '.join(text.split()) + '\n' for text in texts)
        print(intent, len(texts))


def read_half(half, phrases):
    """Adds a half's phrases; its files end in the folder's name (train or held): nlu-train.jsonl, nlu-held.jsonl."""
    suffix = os.path.basename(os.path.normpath(half))
    for name in ('nlu-%s.jsonl' % suffix, 'followups-%s.jsonl' % suffix):
        with open(os.path.join(half, name), encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    turn = json.loads(line)['turns'][0]
                    if 'intent' in turn['expect']:
                        phrases[turn['expect']['intent']].append(turn['text'])
    with open(os.path.join(half, 'safety-%s.jsonl' % suffix), encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            case = json.loads(line)
            if case['urgent'] and not case['category'].startswith('buried'):
                phrases[case['kind']].append(case['text'])
            elif case['category'] == 'risk_info' and 'expect' in case:
                phrases[case['expect']['intent']].append(case['text'])


main(sys.argv[1:-1], sys.argv[-1])
