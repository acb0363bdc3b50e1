#!/usr/bin/env python3
"""Append visitor phrasings to the intents' `visitorExamples:` lists.

    python3 scripts/add_visitor_examples.py FOLDER [--intents intents] [--skip out_of_scope,...] [--avoid SET.jsonl ...]

FOLDER holds one `<intent>.txt` per intent, one phrase a line (as written by people who never saw the catalog).
Each new phrase is appended to the `visitorExamples:` list of `intents/<intent>.yaml` (the list is created at the end
of the file when missing); every other line of the file stays as it was. A phrase already in the catalog (an example
or a visitor example of any intent, compared without case and extra spaces) is skipped, as are blank lines, lines
starting with '#', files naming no intent, the intents given with --skip (default: out_of_scope, whose curated
phrases the classifier learns as the off-topic class) and the messages of the held-out test file (HELD_OUT, which
HeldOutAccuracyTests requires to stay out of training). With --avoid, a phrase equal or near-equal to a message of
an evaluation set (`eval --chat` turns or `eval --safety` lines) is left out too, so the set keeps measuring unseen
messages: near-equal means the same letters and digits once case, spaces and punctuation are dropped, or a
`difflib` similarity of at least 0.9 between the lower-cased texts. Prints what it added and skipped per intent.
"""
import argparse
import difflib
import glob
import json
import os
import re
import sys

import yaml

PLAIN_SAFE = re.compile(r"[\w][\w ,.?!'’()/&$%+-]*\Z")
YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}
KEY = 'visitorExamples:'
HELD_OUT = 'src/test/resources/com/clinicfaq/chatbot/nlu/heldout.jsonl'
COMMENT = '# written by people who never saw this file: the classifier learns them, the risk detector does not'


def key(text):
    return re.sub(r'\s+', ' ', text.strip()).lower()


def squeezed(text):
    return re.sub(r'[\W_]+', '', text.lower())


def evaluation_messages(paths):
    """The messages of evaluation sets: every turn of `eval --chat` cases and the text of `eval --safety` lines."""
    messages = []
    for path in paths:
        for line in open(path, encoding='utf-8'):
            if not line.strip():
                continue
            case = json.loads(line)
            texts = [turn['text'] for turn in case['turns']] if 'turns' in case else [case['text']]
            messages += [key(text) for text in texts]
    return messages


def near_equal(text, messages, squeezed_messages):
    """Whether a phrase is one of the messages, or nearly: same letters and digits, or similarity at least 0.9."""
    lowered = key(text)
    if squeezed(lowered) in squeezed_messages:
        return True
    matcher = difflib.SequenceMatcher(None, lowered, autojunk=False)
    for message in messages:
        if abs(len(message) - len(lowered)) > 0.2 * max(len(message), len(lowered)):
            continue
        matcher.set_seq1(message)
        if matcher.real_quick_ratio() >= 0.9 and matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9:
            return True
    return False


def scalar(text):
    plain = (PLAIN_SAFE.match(text) and ': ' not in text and ' #' not in text and text.lower() not in YAML_WORDS
             and any(c.isalpha() for c in text) and not text[0].isdigit() and not text.startswith('_'))
    return text if plain else json.dumps(text, ensure_ascii=False)


def add(path, phrases):
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    start = next((i for i, line in enumerate(lines) if line.rstrip() == KEY), None)
    items = ['  - ' + scalar(p) for p in phrases]
    if start is None:
        lines += [COMMENT, KEY] + items
    else:
        end = start + 1
        while end < len(lines) and (lines[end].startswith(' ') or lines[end].startswith('-') or not lines[end].strip()):
            end += 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        lines[end:end] = items
    text = '\n'.join(lines) + '\n'
    loaded = yaml.safe_load(text)
    assert [str(v) for v in loaded.get('visitorExamples') or []][-len(phrases):] == phrases, path
    open(path, 'w', encoding='utf-8').write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('folder')
    parser.add_argument('--intents', default='intents')
    parser.add_argument('--skip', default='out_of_scope')
    parser.add_argument('--avoid', nargs='*', default=[], help='evaluation sets whose messages must stay unseen')
    args = parser.parse_args()
    avoided = evaluation_messages(args.avoid)
    squeezed_avoided = {squeezed(m) for m in avoided}
    skip = set(filter(None, args.skip.split(',')))
    seen = set()
    for path in glob.glob(os.path.join(args.intents, '*.yaml')):
        intent = yaml.safe_load(open(path, encoding='utf-8'))
        for text in (intent.get('examples') or []) + (intent.get('visitorExamples') or []):
            seen.add(key(str(text)))
    if os.path.exists(HELD_OUT):
        for line in open(HELD_OUT, encoding='utf-8'):
            if line.strip():
                seen.add(key(json.loads(line)['text']))
    total = dropped = 0
    for txt in sorted(glob.glob(os.path.join(args.folder, '*.txt'))):
        name = os.path.basename(txt)[:-4]
        target = os.path.join(args.intents, name + '.yaml')
        if name in skip or not os.path.exists(target):
            print(f'{name}: skipped (no intent file or --skip)')
            continue
        new, repeated, evaluated = [], 0, 0
        for line in open(txt, encoding='utf-8'):
            text = re.sub(r'\s+', ' ', line.strip())
            if not text or text.startswith('#'):
                continue
            if key(text) in seen:
                repeated += 1
                continue
            if avoided and near_equal(text, avoided, squeezed_avoided):
                evaluated += 1
                continue
            seen.add(key(text))
            new.append(text)
        if new:
            add(target, new)
        total += len(new)
        dropped += evaluated
        print(f'{name}: {len(new)} added, {repeated} already in the catalog, {evaluated} near an evaluation message')
    print(f'{total} phrases added, {dropped} left out as near an evaluation message', file=sys.stderr)


if __name__ == '__main__':
    main()
