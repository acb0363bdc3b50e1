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


def last_turns(dump_path, cases):
    """Each conversation's last turn as the bot answered it (the dump's "right"): the figure the reader must beat."""
    out = {}
    for line in open(dump_path, encoding="utf-8"):
        d = json.loads(line)
        case = cases.get("eval-" + d["conversation"])
        if case is not None and d["turn"] == len(case["turns"]) - 1:
            out["eval-" + d["conversation"]] = bool(d["right"])
    return out


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
    """L2-penalised conditional logit; the turns' candidates padded to one tensor (a padded slot never wins)."""
    usable = [(x, y) for x, y in data if y.any() and not y.all()]
    if not usable:
        return np.zeros(dim)
    k = max(len(y) for _, y in usable)
    xs = np.zeros((len(usable), k, dim))
    ys = np.zeros((len(usable), k), dtype=bool)
    ms = np.zeros((len(usable), k), dtype=bool)
    for a, (x, y) in enumerate(usable):
        xs[a, :len(y)] = x
        ys[a, :len(y)] = y
        ms[a, :len(y)] = True

    def loss(w):
        s = np.where(ms, np.einsum("akj,j->ak", xs, w), -1e9)
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s) * ms
        z = p.sum(axis=1)
        zy = (p * ys).sum(axis=1)
        total = 0.5 * penalty * w.dot(w) - (np.log(zy) - np.log(z)).sum()
        grad = penalty * w - (np.einsum("ak,akj->j", p * ys / zy[:, None], xs)
                              - np.einsum("ak,akj->j", p / z[:, None], xs))
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


def leave_one_set_out(turns, data, dim, origin, sets, penalties, margins):
    """Trains on every set but one and chooses on the one left out, for each set: the honest figure of a reader
    trained on other writers' conversations."""
    chosen = {(p, m): [0] * len(turns) for p in penalties for m in margins}
    for path in sets:
        train = [d for t, d in zip(turns, data) if origin[t["conversation"]] != path]
        if len(train) == len(turns):
            continue
        for p in penalties:
            w = fit(train, dim, p)
            for i, (t, (x, y)) in enumerate(zip(turns, data)):
                if origin[t["conversation"]] == path:
                    for m in margins:
                        chosen[(p, m)][i] = choose(x, w, m)
    return chosen


def last_turn_figures(turns, data, chosen, lasts, origin, path):
    """Conversations of one set whose last turn is right: with the rules, and with the reader's choices on the last
    turns it read (later turns of a conversation are not replayed: a changed middle turn is not followed through)."""
    rules = dict((c, r) for c, r in lasts.items() if origin[c] == path)
    reader = dict(rules)
    for t, (x, y), c in zip(turns, data, chosen):
        if t["last"] and t["conversation"] in reader:
            reader[t["conversation"]] = bool(y[c])
    return len(rules), sum(rules.values()), sum(reader.values())


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
    parser.add_argument("--groups", help="one reader per way the rules read the conversation (e.g."
                        " same_question,read_with_previous): other turns keep the rules' reading; implies --loso")
    parser.add_argument("--loso", action="store_true", help="leave one set out instead of folds by conversation")
    parser.add_argument("--no-guard", action="store_true",
                        help="also read unplaced messages without a catalog word or naming another medicine")
    args = parser.parse_args()
    cases, origin = load_sets(args.sets)
    turns = [t for t in load_turns(args.readings, args.dump, cases)
             if args.no_guard or may_answer(t["candidates"][0])]
    lasts = last_turns(args.dump, cases)
    if args.groups:
        grouped(args, turns, lasts, origin)
        return
    vocab = vocabulary(turns, args.pairs)
    data = matrices(turns, vocab, args.pairs)
    oracle = sum(y.any() for _, y in data)
    print(f"{len(turns)} follow-up turns read by the reader in {len({t['conversation'] for t in turns})} "
          f"conversations; the rules right on {sum(y[0] for _, y in data)}, some candidate right on {oracle}")
    margins = [float(m) for m in args.margins.split(",")]
    penalties = [float(p) for p in args.penalties.split(",")]
    if args.loso:
        chosen = leave_one_set_out(turns, data, len(vocab), origin, args.sets, penalties, margins)
        best = None
        for (p, m), c in chosen.items():
            fig = figures(turns, data, c)
            total = [last_turn_figures(turns, data, c, lasts, origin, path) for path in args.sets]
            lr = sum(t[2] for t in total)
            print(f"LOSO penalty {p:g} margin {m:g}: {fig}; last turns {sum(t[1] for t in total)} -> {lr} of {sum(t[0] for t in total)}")
            if best is None or lr > best[0]:
                best = (lr, p, m)
        _, penalty, margin = best
        print(f"best LOSO: penalty {penalty:g}, margin {margin:g}")
        for path in args.sets:
            n, r, l = last_turn_figures(turns, data, chosen[(penalty, margin)], lasts, origin, path)
            print(f"  {'/'.join(path.split('/')[-3:])}: last turns {r} -> {l} of {n}; consulted "
                  f"{figures(turns, data, chosen[(penalty, margin)], lambda t: origin[t['conversation']] == path)}")
        if args.out:
            w = fit(data, len(vocab), penalty)
            write(args.out, vocab, w, penalty, margin, len(turns), len(args.sets))
        return
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
        write(args.out, vocab, w, penalty, margin, len(turns), len(args.sets))


def group_of(turn):
    """How the rules read the conversation for an answered turn (the rule_* feature), or None."""
    rules = turn["candidates"][0]
    if rules["route"] != "answer":
        return None
    return next((f[len("rule_"):] for f in rules["features"] if f.startswith("rule_")), None)


def grouped(args, turns, lasts, origin):
    """A reader per group, each judged leaving one set out; every other turn keeps the rules' reading."""
    penalty = float(args.penalties.split(",")[0])
    margin = float(args.margins.split(",")[0])
    chosen_all = []
    weights = {}
    for group in args.groups.split(","):
        part = [t for t in turns if group_of(t) == group]
        vocab = vocabulary(part, False)
        data = matrices(part, vocab, False)
        chosen = leave_one_set_out(part, data, len(vocab), origin, args.sets, [penalty], [margin])[(penalty, margin)]
        print(f"{group}: {figures(part, data, chosen)}")
        chosen_all += [(t, d, c) for t, d, c in zip(part, data, chosen)]
        w = fit(data, len(vocab), penalty)
        weights.update({group + ":" + name: w[j] for name, j in vocab.items() if abs(w[j]) > 1e-6})
    turns_c = [t for t, _, _ in chosen_all]
    data_c = [d for _, d, _ in chosen_all]
    picks = [c for _, _, c in chosen_all]
    total = [0, 0, 0]
    for path in args.sets:
        n, r, l = last_turn_figures(turns_c, data_c, picks, lasts, origin, path)
        total = [total[0] + n, total[1] + r, total[2] + l]
        print(f"  {'/'.join(path.split('/')[-3:])}: last turns right {r} -> {l} of {n}")
    print(f"  all sets: last turns right {total[1]} -> {total[2]} of {total[0]} (penalty {penalty:g}, margin {margin:g})")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write("# follow-up reader weights: scripts/followup_reader.py --groups (a conditional logit over candidate\n")
            out.write(f"# readings per way the rules read the conversation); penalty {penalty:g}; {len(turns_c)} turns of"
                      f" {len(args.sets)} sets\n")
            out.write(f"margin\t{margin:g}\n")
            for name in sorted(weights):
                out.write(f"{name}\t{weights[name]:.6f}\n")
        print(f"wrote {args.out}")


def write(path, vocab, w, penalty, margin, turns, sets):
    with open(path, "w", encoding="utf-8") as out:
        out.write("# follow-up reader weights: scripts/followup_reader.py (conditional logit over candidate readings)\n")
        out.write(f"# penalty {penalty:g}; trained on {turns} follow-up turns of {sets} sets\n")
        out.write(f"margin\t{margin:g}\n")
        for name, j in sorted(vocab.items()):
            if abs(w[j]) > 1e-6:
                out.write(f"{name}\t{w[j]:.6f}\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
