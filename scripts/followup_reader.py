#!/usr/bin/env python3
"""Trains the follow-up reader (src/main/resources/com/clinicfaq/chatbot/chat/followup-reader.tsv).

Input: the candidate readings that `eval --chat SET... --readings R.jsonl --dump D.jsonl` records for every follow-up
right after an answer (an unplaced message only when it has a word of the catalog's topics and names no other
medicine or topic: an unrelated question after an answer stays unrelated) (run with -Dchatbot.follow-up-reader=none, so the rules' reading is what the bot said and the
dump's "right" is its label), and the conversation files that say what each turn expects.

Model: a conditional logit over a turn's candidates (each scored by weights on READING|feature), trained to put its
mass on the candidates that give the expected reply (L2 penalty). The bot keeps the rules' reading unless another
candidate scores higher by the margin. Judged by cross-validation over conversations (a conversation's turns stay in
one fold), which also chooses the penalty and the margin.

usage: followup_reader.py --readings R.jsonl --dump D.jsonl --sets A.jsonl B.jsonl ... [--folds 5] [--out TSV]
"""
import argparse
import collections
import json
import random
import re

import numpy as np
from scipy.optimize import minimize

READINGS = ["RULES", "ALONE", "ALONE_BEST", "WITH_PREVIOUS", "PREVIOUS_TOPIC"]


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def load_sets(paths):
    cases = {}
    origin = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                case = json.loads(line)
                cases["eval-" + case["id"]] = case
                origin["eval-" + case["id"]] = path
    return cases, origin


def right(candidate, expect):
    route = candidate["route"]
    answered = [i for i in (candidate["intent"], candidate["also"]) if i]
    wanted = expect.get("intents") or ([expect["intent"]] if expect.get("intent") else [])
    if expect["route"] == "answer":
        return route == "answer" and all(i in answered for i in wanted)
    if expect.get("reason") == "unmatched":
        return route == "handoff" and candidate["reason"] == "unmatched"
    return route == "handoff" and candidate["reason"] == expect.get("reason") and all(i in answered for i in wanted)


def load_turns(readings_path, dump_path, cases):
    verdicts = {}
    rules_use = {}
    for line in open(dump_path, encoding="utf-8"):
        d = json.loads(line)
        verdicts[("eval-" + d["conversation"], d["turn"])] = d["right"]
        rules_use[("eval-" + d["conversation"], d["turn"])] = d.get("context")
    used = collections.defaultdict(set)
    turns = []
    for line in open(readings_path, encoding="utf-8"):
        r = json.loads(line)
        case = cases.get(r["conversation"])
        if case is None:
            continue
        index = next((i for i, t in enumerate(case["turns"]) if i > 0 and i not in used[r["conversation"]]
                      and norm(t["text"]) == norm(r["text"])), None)
        if index is None:
            continue
        used[r["conversation"]].add(index)
        expect = case["turns"][index]["expect"]
        labels = [right(c, expect) for c in r["candidates"]]
        use = rules_use.get((r["conversation"], index))
        if use and not any(f.startswith("rule_") for f in r["candidates"][0]["features"]):
            # how the rules used the conversation (the Java reader adds the same feature to every candidate)
            for c in r["candidates"]:
                c["features"]["rule_" + use.lower()] = 1.0
        rules = verdicts.get((r["conversation"], index))
        if rules is not None:
            labels[0] = rules
        turns.append({"conversation": r["conversation"], "turn": index, "last": index == len(case["turns"]) - 1,
                      "candidates": r["candidates"], "labels": labels})
    return turns


CANDIDATE = ["c_own", "c_prev", "c_own_first", "c_prev_first", "c_is_last", "c_is_rules", "c_is_alone"]
TURN = ["rules_handoff", "rules_answer", "rules_clarify", "rules_context", "alone_handoff", "alone_answer",
        "alone_clarify", "short", "refers_back", "pronoun", "names_form", "names_condition", "names_other",
        "names_ketamine", "what_about", "elliptical", "tells", "sentences", "own_is_last", "prev_is_last",
        "own_is_prev", "own_top", "prev_top", "own_margin", "prev_margin"]


def expanded(features, pairs):
    """The features with products named "a*b" (the Java reader multiplies the named features the same way)."""
    out = dict(features)
    if pairs:
        for a in CANDIDATE:
            for b in TURN:
                v = features.get(a, 0.0) * features.get(b, 0.0)
                if v:
                    out[a + "*" + b] = v
    return out


def may_answer(rules):
    """Whether the reader is asked at all (as ChatService decides): an unplaced message only when it has a word of
    the catalog's topics and names no other medicine or topic."""
    f = rules["features"]
    return rules["route"] != "handoff" or (f.get("catalog_word", 0) > 0 and f.get("names_other", 0) == 0)


def vocabulary(turns, pairs):
    names = sorted({c["reading"] + "|" + f for t in turns for c in t["candidates"]
                    for f in expanded(c["features"], pairs)})
    return {n: i for i, n in enumerate(names)}


def matrices(turns, vocab, pairs):
    out = []
    for t in turns:
        x = np.zeros((len(t["candidates"]), len(vocab)))
        for i, c in enumerate(t["candidates"]):
            for f, v in expanded(c["features"], pairs).items():
                j = vocab.get(c["reading"] + "|" + f)
                if j is not None:
                    x[i, j] = v
        out.append((x, np.array(t["labels"], dtype=bool)))
    return out


def fit(data, dim, penalty):
    usable = [(x, y) for x, y in data if y.any() and not y.all()]

    def loss(w):
        total = 0.5 * penalty * w.dot(w)
        grad = penalty * w
        for x, y in usable:
            s = x.dot(w)
            m = s.max()
            p = np.exp(s - m)
            z = p.sum()
            zy = p[y].sum()
            total -= np.log(zy) - np.log(z)
            grad -= (x[y].T.dot(p[y]) / zy) - (x.T.dot(p) / z)
        return total, grad

    result = minimize(loss, np.zeros(dim), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return result.x


def choose(x, w, margin):
    s = x.dot(w)
    best = int(np.argmax(s))
    return best if s[best] - s[0] > margin else 0


def folds_of(turns, k, seed=42):
    conversations = sorted({t["conversation"] for t in turns})
    random.Random(seed).shuffle(conversations)
    return {c: i % k for i, c in enumerate(conversations)}


def cross_validate(turns, data, dim, k, penalty, margins):
    fold = folds_of(turns, k)
    chosen = {m: [0] * len(turns) for m in margins}
    for f in range(k):
        train = [d for t, d in zip(turns, data) if fold[t["conversation"]] != f]
        w = fit(train, dim, penalty)
        for i, (t, (x, y)) in enumerate(zip(turns, data)):
            if fold[t["conversation"]] == f:
                for m in margins:
                    chosen[m][i] = choose(x, w, m)
    return chosen


def figures(turns, data, chosen, only=None):
    rules = reader = rules_last = reader_last = n = n_last = changed = 0
    for t, (x, y), c in zip(turns, data, chosen):
        if only and not only(t):
            continue
        n += 1
        rules += y[0]
        reader += y[c]
        changed += c != 0 and not (t["candidates"][c]["route"] == t["candidates"][0]["route"]
                                   and t["candidates"][c]["intent"] == t["candidates"][0]["intent"])
        if t["last"]:
            n_last += 1
            rules_last += y[0]
            reader_last += y[c]
    return dict(turns=n, rules=int(rules), reader=int(reader), last=n_last, rules_last=int(rules_last),
                reader_last=int(reader_last), changed=int(changed))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--readings", required=True)
    parser.add_argument("--dump", required=True)
    parser.add_argument("--sets", nargs="+", required=True)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--penalties", default="0.3,1,3,10")
    parser.add_argument("--margins", default="0,0.5,1,1.5,2")
    parser.add_argument("--pairs", action="store_true", help="add products of candidate and turn features")
    parser.add_argument("--out")
    args = parser.parse_args()
    cases, origin = load_sets(args.sets)
    turns = [t for t in load_turns(args.readings, args.dump, cases) if may_answer(t["candidates"][0])]
    vocab = vocabulary(turns, args.pairs)
    data = matrices(turns, vocab, args.pairs)
    oracle = sum(y.any() for _, y in data)
    print(f"{len(turns)} follow-up turns read by the reader in {len({t['conversation'] for t in turns})} "
          f"conversations; the rules right on {sum(y[0] for _, y in data)}, some candidate right on {oracle}")
    margins = [float(m) for m in args.margins.split(",")]
    best = None
    for penalty in [float(p) for p in args.penalties.split(",")]:
        chosen = cross_validate(turns, data, len(vocab), args.folds, penalty, margins)
        for m in margins:
            fig = figures(turns, data, chosen[m])
            print(f"CV penalty {penalty:g} margin {m:g}: {fig}")
            if best is None or fig["reader"] > best[0]:
                best = (fig["reader"], penalty, m, chosen[m])
    _, penalty, margin, chosen = best
    print(f"chosen: penalty {penalty:g}, margin {margin:g}")
    for path in args.sets:
        print(f"  CV on {'/'.join(path.split('/')[-3:])}: {figures(turns, data, chosen, lambda t: origin[t['conversation']] == path)}")
    w = fit(data, len(vocab), penalty)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write("# follow-up reader weights: scripts/followup_reader.py (conditional logit over candidate readings)\n")
            out.write(f"# penalty {penalty:g}; trained on {len(turns)} follow-up turns of {len(args.sets)} sets\n")
            out.write(f"margin\t{margin:g}\n")
            for name, j in sorted(vocab.items()):
                if abs(w[j]) > 1e-6:
                    out.write(f"{name}\t{w[j]:.6f}\n")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
