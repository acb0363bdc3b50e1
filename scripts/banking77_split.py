#!/usr/bin/env python3
"""Splits BANKING77's training file into the training and measuring halves that docs/measurements.md reports
("BANKING77 split"): a row is measured when int(sha256(text), 16) % 10 == 0 (1,046 of 10,003 rows), trained on
otherwise (8,957). BANKING77's own test file is held back by the coordinator; this split stands in for it while
developing, and no setting is chosen on it (docs/measurements.md says what was).

Usage: python3 scripts/banking77_split.py ../shared/data OUT_DIR
  then: java -jar target/ketamine-faq-chatbot.jar eval --train OUT_DIR/b77-train.jsonl \
            --test OUT_DIR/b77-val.jsonl --threshold 0
"""
import hashlib
import json
import os
import sys


def measured(text):
    return int(hashlib.sha256(text.encode('utf-8')).hexdigest(), 16) % 10 == 0


def main():
    data, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    counts = {True: 0, False: 0}
    with open(os.path.join(data, 'banking77', 'train.jsonl'), encoding='utf-8') as rows, \
            open(os.path.join(out, 'b77-train.jsonl'), 'w', encoding='utf-8') as train, \
            open(os.path.join(out, 'b77-val.jsonl'), 'w', encoding='utf-8') as val:
        for line in rows:
            if not line.strip():
                continue
            held = measured(json.loads(line)['text'])
            (val if held else train).write(line if line.endswith('\n') else line + '\n')
            counts[held] += 1
    print(f'{counts[False]} training rows, {counts[True]} measured rows', file=sys.stderr)


if __name__ == '__main__':
    main()
