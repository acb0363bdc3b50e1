#!/usr/bin/env python3
"""Replays the routing policy's thresholds on cross-validated rankings, so that they are chosen on the catalog's own
out-of-fold messages rather than on an evaluation set (docs/nlu.md, "Routing thresholds from cross-validation").

Usage:
  java -jar target/ketamine-faq-chatbot.jar eval --intents intents --folds 5 --rankings cv.jsonl
  python3 scripts/routing_from_cv.py cv.jsonl [ANSWER,...;MARGIN,...;FALLBACK,...]

For each setting it prints, over the in-scope messages (crisis and emergency left out: their routing needs the safety
screen), how many are answered with their intent, asked about ("did you mean ...?", and how often the right intent is
offered) or handed off, and how many off-topic messages are handed off. It mirrors RoutingPolicy.decide on the
classifier's ranking alone (no topic guard, follow-up or several-sentence rules).
"""
import json
import sys

OFF_TOPIC = {'out_of_scope', 'oos'}
URGENT = {'crisis', 'emergency'}


def route(ranking, answer, margin, fallback):
    best, confidence = ranking[0]
    if best in OFF_TOPIC or confidence < fallback:
        return 'handoff', []
    if len(ranking) > 1:
        second, second_confidence = ranking[1]
        if (confidence - second_confidence < margin and second_confidence >= fallback
                and second not in OFF_TOPIC and second not in URGENT):
            return 'clarify', [best, second]
    if confidence >= answer:
        return 'answer', [best]
    return 'clarify', [best]


def measure(rows, answer, margin, fallback):
    counts = dict(answered=0, wrong=0, clarified=0, offered=0, handed=0, oos=0, oos_handed=0)
    for row in rows:
        kind, options = route(row['ranking'], answer, margin, fallback)
        if row['intent'] in OFF_TOPIC:
            counts['oos'] += 1
            counts['oos_handed'] += kind == 'handoff'
            continue
        if kind == 'answer':
            counts['answered' if options[0] == row['intent'] else 'wrong'] += 1
        elif kind == 'clarify':
            counts['clarified'] += 1
            counts['offered'] += row['intent'] in options
        else:
            counts['handed'] += 1
    return counts


def main():
    rows = []
    with open(sys.argv[1], encoding='utf-8') as lines:
        for line in lines:
            row = json.loads(line)
            if row['intent'] not in URGENT:
                rows.append(row)
    grid = sys.argv[2] if len(sys.argv) > 2 else '0.2,0.25,0.3,0.35;0,0.03,0.06,0.1;0.1,0.15,0.2,0.25'
    answers, margins, fallbacks = ([float(value) for value in axis.split(',')] for axis in grid.split(';'))
    inscope = sum(row['intent'] not in OFF_TOPIC for row in rows)
    print(f'{inscope} in-scope and {len(rows) - inscope} off-topic out-of-fold messages')
    print('answer margin fallback | right answered | wrong answered | clarified (right offered) | handed off | off-topic handed off')
    for answer in answers:
        for margin in margins:
            for fallback in fallbacks:
                c = measure(rows, answer, margin, fallback)
                print(f"{answer:6.2f} {margin:6.2f} {fallback:8.2f} | {c['answered']:5d} ({100 * c['answered'] / inscope:5.2f}%)"
                      f" | {c['wrong']:5d} | {c['clarified']:4d} ({c['offered']}) | {c['handed']:4d}"
                      f" | {c['oos_handed']}/{c['oos']}")


if __name__ == '__main__':
    main()
