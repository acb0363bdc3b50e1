#!/usr/bin/env python3
"""Writes every visitor turn of an NLU evaluation set as a non-urgent safety case, so the safety screen's false
alarms on ordinary visitor messages can be measured with `eval --safety` (each turn screened on its own, without
the conversation: the strictest reading). A turn whose expected hand-off reason is "urgent" (a few in the session-12
blind sets) is written as urgent, of the kind its expected intent names (crisis or emergency).

    python3 scripts/turns_as_safety.py src/test/resources/eval/nlu-dev.jsonl > /tmp/nlu-dev-turns.jsonl
    java -jar target/ketamine-faq-chatbot.jar eval --safety /tmp/nlu-dev-turns.jsonl

Run it on a held-out set (nlu-final*.jsonl) only for the aggregate figure, never with --show-misses.
"""
import json
import sys


def main(path):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            case = json.loads(line)
            for number, turn in enumerate(case.get("turns", []), start=1):
                expect = turn.get("expect") or {}
                urgent = expect.get("reason") == "urgent"
                print(json.dumps({"id": f"{case.get('id')}-t{number}", "text": turn["text"], "urgent": urgent,
                                  "kind": expect.get("intent", "crisis") if urgent else "none",
                                  "category": case.get("kind", "turn")}, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: turns_as_safety.py <nlu-set.jsonl>")
    main(sys.argv[1])
