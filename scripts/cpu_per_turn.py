#!/usr/bin/env python3
"""CPU cost per varied turn of a running service: process CPU time (utime + stime from /proc/<pid>/stat) spent while
answering N varied messages (a catalog phrase with an opener and an ending, as scripts/bench/varied.lua builds them,
but from a fixed seed so that two runs send the same messages), divided by N. Wall-clock throughput on a shared machine
is noisy; CPU time per request is not (much): other processes do not add to this process's CPU time.

Usage: scripts/cpu_per_turn.py PID PORT [--path /api/v1/chat] [--count 600] [--warmup 300] [--clients 4] [--seed 7]
                                [--threads]
The warm-up messages come from another seed (they warm the JIT, not the caches of the measured messages).
--threads also prints the CPU per request of each group of the server's threads (from /proc/<pid>/task/*/stat, by
thread name with its number dropped: the understanding workers, Netty's event loops, the transcript writer, the
compilers, the collector...).
"""
import argparse
import glob
import json
import os
import random
import re
import threading
import time
import urllib.request

import yaml

OPENERS = ["", "hi, ", "hello! ", "quick question: ", "hey so ", "um ", "sorry to bother you, ", "good morning. ",
           "i was wondering ", "ok so "]
ENDINGS = ["", "?", " please", " thanks!", " for my mom", " asap", " lol", "??", " (asking for a friend)", " thank you"]


def phrases():
    found = []
    for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "intents", "*.yaml"))):
        found += [str(e) for e in (yaml.safe_load(open(path)) or {}).get("examples") or []]
    return found


def messages(seed, count, catalog):
    rng = random.Random(seed)
    return [rng.choice(OPENERS) + rng.choice(catalog) + rng.choice(ENDINGS) for _ in range(count)]


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def thread_cpu(pid):
    """CPU seconds by thread group (the thread's name without its trailing number)."""
    groups = {}
    for stat in glob.glob(f"/proc/{pid}/task/*/stat"):
        try:
            text = open(stat).read()
        except OSError:  # the thread ended
            continue
        name = text[text.index("(") + 1:text.rindex(")")]
        fields = text.rsplit(")", 1)[1].split()
        group = re.sub(r"[-#_ ]?\d+$", "", name) or name
        groups[group] = groups.get(group, 0) + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return groups


def send_all(port, path, texts, clients):
    url = f"http://127.0.0.1:{port}{path}"
    errors = []
    def worker(share):
        for text in share:
            request = urllib.request.Request(url, data=json.dumps({"text": text}).encode(),
                                             headers={"Content-Type": "application/json"})
            try:
                urllib.request.urlopen(request).read()
            except Exception as ex:  # noqa: BLE001 - counted and reported
                errors.append(str(ex))
    threads = [threading.Thread(target=worker, args=(texts[i::clients],)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pid", type=int)
    parser.add_argument("port", type=int)
    parser.add_argument("--path", default="/api/v1/chat")
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threads", action="store_true")
    args = parser.parse_args()
    catalog = phrases()
    send_all(args.port, args.path, messages(args.seed + 1000, args.warmup, catalog), args.clients)
    texts = messages(args.seed, args.count, catalog)
    before, started, groups_before = cpu_seconds(args.pid), time.time(), thread_cpu(args.pid)
    errors = send_all(args.port, args.path, texts, args.clients)
    after, ended, groups_after = cpu_seconds(args.pid), time.time(), thread_cpu(args.pid)
    print(f"{args.path}: {args.count} varied messages ({len(set(texts))} distinct), {len(errors)} errors, "
          f"{1000 * (after - before) / args.count:.2f} CPU ms per request, {ended - started:.1f} s wall, "
          f"load average {' '.join(open('/proc/loadavg').read().split()[:3])}")
    if args.threads:
        spent = {group: groups_after[group] - groups_before.get(group, 0) for group in groups_after}
        for group, seconds in sorted(spent.items(), key=lambda item: -item[1]):
            if seconds > 0:
                print(f"  {group:32s} {1000 * seconds / args.count:.3f} CPU ms per request")


if __name__ == "__main__":
    main()
