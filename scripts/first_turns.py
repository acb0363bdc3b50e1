#!/usr/bin/env python3
"""Gather single messages and first turns of conversations into one eval --chat file.

usage: first_turns.py OUT.jsonl TAG=DIR [TAG=DIR ...] [--whole TAG=FILE ...]
Each DIR's nlu*.jsonl cases are taken whole and its followups*.jsonl cases cut to their first turn; kinds and ids get
the TAG (kind@TAGnlu, kind@TAGfu) so eval --chat reports every set apart. --whole takes a file's cases unchanged
(ids and kinds tagged), e.g. the development set. Safety files are skipped. Run only on readable sets.
"""
import glob
import json
import os
import sys


def emit(out, case, tag):
    case["id"] = f"{tag}-{case['id']}"
    case["kind"] = f"{case['kind']}@{tag}"
    out.write(json.dumps(case) + "\n")
    return len(case["turns"])


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    turns = 0
    whole = False
    with open(argv[1], "w") as out:
        for arg in argv[2:]:
            if arg == "--whole":
                whole = True
                continue
            tag, path = arg.split("=", 1)
            if whole:
                for line in open(path):
                    turns += emit(out, json.loads(line), tag)
                whole = False
                continue
            for name in sorted(glob.glob(os.path.join(path, "*.jsonl"))):
                base = os.path.basename(name)
                if base.startswith("safety"):
                    continue
                part = "nlu" if base.startswith("nlu") else "fu"
                for line in open(name):
                    case = json.loads(line)
                    if part == "fu":
                        case["turns"] = case["turns"][:1]
                    turns += emit(out, case, tag + part)
    print(f"{turns} turns written to {argv[1]}")


if __name__ == "__main__":
    main(sys.argv)
