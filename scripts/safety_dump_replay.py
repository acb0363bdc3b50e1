#!/usr/bin/env python3
"""Replays the safety screen's decision from an `eval --safety ... --dump FILE` at other detector thresholds, without
running the service again (aggregates per file only).

Usage:
  python3 scripts/safety_dump_replay.py DUMP SPEC [SPEC...]

SPEC is one threshold for every unit ("0.45") or per unit kind, "/"-separated: a plain number for all kinds, then
s (sentence), c (clause), p (pair), m (whole message), q (information question, 0.8 unless set), e.g.
"0.45/c0.55/p0.55/m0.55". The decision is DetectorLab.decide's (and SafetyScreen's): urgent when the rules fired,
or a unit's score reaches its kind's threshold (an information question's unit needs q; a unit that tells of an
animal counts only its crisis score), or the classifier's top intent is crisis or emergency, the detector's highest
score is at least the supporting 0.15 and the message is not a benign reading with the classifier under 0.9. It
first prints how many messages the replay at 0.4 decides otherwise than the dumped turn (0 on every dump so far:
dumps are made at the default 0.4). Held-back files' dumps carry no texts, and this prints no text.
"""
import collections
import json
import sys

KIND = {"SENTENCE": "s", "CLAUSE": "c", "PAIR": "p", "MESSAGE": "m"}
SUPPORTING = 0.15


def thresholds(spec):
    every, per, question = 0.4, {}, 0.8
    for part in spec.split("/"):
        if part[0].isdigit():
            every = float(part)
        elif part[0] == "q":
            question = float(part[1:])
        else:
            per[part[0]] = float(part[1:])
    return {kind: per.get(kind, every) for kind in "scpm"}, question


def urgent(message, per_kind, question):
    risk, detector = 0.0, False
    for unit in message["units"]:
        score = max(unit["c"], unit["e"])
        risk = max(risk, score)
        if unit["q"] and score < question:
            continue
        counted = unit["c"] if unit["animal"] else score
        detector |= counted >= per_kind[KIND[unit["kind"]]]
    if message["rules"] or detector:
        return True
    ranking = message.get("ranking") or []
    top, confidence = (ranking[0]["name"], ranking[0]["p"]) if ranking else (None, 0.0)
    return (top in ("crisis", "emergency") and not (message["benign"] and confidence < 0.9)
            and risk >= SUPPORTING)


def main(args):
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    messages = [json.loads(line) for line in open(args[0], encoding="utf-8") if line.strip()]
    default = thresholds("0.4")
    print("replay at 0.4 differs from the dumped decision on",
          sum(urgent(m, *default) != m["turnUrgent"] for m in messages), "messages")
    by_file = collections.defaultdict(list)
    for message in messages:
        by_file[message["file"]].append(message)
    for spec in args[1:]:
        per_kind, question = thresholds(spec)
        print("== threshold", spec)
        for name, lines in by_file.items():
            hits = sum(urgent(m, per_kind, question) for m in lines if m["urgent"])
            alarms = sum(urgent(m, per_kind, question) for m in lines if not m["urgent"])
            total_urgent = sum(1 for m in lines if m["urgent"])
            print(f"  {name:30} urgent {hits}/{total_urgent}  false urgent {alarms}/{len(lines) - total_urgent}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
