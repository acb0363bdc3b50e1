#!/usr/bin/env python3
"""CPU cost per varied turn of a running service: process CPU time (utime + stime from /proc/<pid>/stat) spent while
answering N varied messages (a catalog phrase with an opener and an ending, as scripts/bench/varied.lua builds them,
but from a fixed seed so that two runs send the same messages), divided by N. Wall-clock throughput on a shared machine
is noisy; CPU time per request is not (much): other processes do not add to this process's CPU time.

Usage: scripts/cpu_per_turn.py PID PORT [--path /api/v1/chat] [--count 600] [--warmup 300] [--clients 4] [--seed 7]
                                [--threads] [--keep-alive]
The warm-up messages come from another seed (they warm the JIT, not the caches of the measured messages).
--threads also prints the CPU per request of each group of the server's threads (from /proc/<pid>/task/*/stat, by
thread name with its number dropped: the understanding workers, Netty's event loops, the transcript writer, the
compilers, the collector...), split into user and system time, with the minor page faults per request (memory the
native heap trimmer gave back and the next allocations fault in again shows there).
--keep-alive sends each client's requests over one connection (as wrk and browsers do); without it, every request opens
and closes a connection, which adds about half a millisecond of Netty's event loops per request.
"""
import argparse
import glob
import http.client
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
    """(user seconds, system seconds, minor page faults) by thread group (the thread's name without its trailing
    number)."""
    groups = {}
    for stat in glob.glob(f"/proc/{pid}/task/*/stat"):
        try:
            text = open(stat).read()
        except OSError:  # the thread ended
            continue
        name = text[text.index("(") + 1:text.rindex(")")]
        fields = text.rsplit(")", 1)[1].split()
        group = re.sub(r"[-#_ ]?\d+$", "", name) or name
        user, system, faults = groups.get(group, (0, 0, 0))
        groups[group] = (user + int(fields[11]) / os.sysconf("SC_CLK_TCK"),
                         system + int(fields[12]) / os.sysconf("SC_CLK_TCK"), faults + int(fields[7]))
    return groups


def send_all(port, path, texts, clients, keep_alive=False):
    url = f"http://127.0.0.1:{port}{path}"
    errors = []
    def worker(share):
        if keep_alive:  # one connection per client, as wrk and browsers keep them
            connection = http.client.HTTPConnection("127.0.0.1", port)
            for text in share:
                try:
                    connection.request("POST", path, body=json.dumps({"text": text}).encode(),
                                       headers={"Content-Type": "application/json"})
                    response = connection.getresponse()
                    response.read()
                    if response.status >= 400:
                        errors.append(str(response.status))
                except Exception as ex:  # noqa: BLE001 - counted and reported
                    errors.append(str(ex))
                    connection.close()
                    connection = http.client.HTTPConnection("127.0.0.1", port)
            connection.close()
            return
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
    parser.add_argument("--keep-alive", action="store_true",
                        help="one kept-alive connection per client (as wrk); without it every request opens a new "
                             "connection, whose set-up and tear-down Netty's event loops then pay")
    args = parser.parse_args()
    catalog = phrases()
    send_all(args.port, args.path, messages(args.seed + 1000, args.warmup, catalog), args.clients, args.keep_alive)
    texts = messages(args.seed, args.count, catalog)
    before, started, groups_before = cpu_seconds(args.pid), time.time(), thread_cpu(args.pid)
    errors = send_all(args.port, args.path, texts, args.clients, args.keep_alive)
    after, ended, groups_after = cpu_seconds(args.pid), time.time(), thread_cpu(args.pid)
    print(f"{args.path}: {args.count} varied messages ({len(set(texts))} distinct), {len(errors)} errors, "
          f"{1000 * (after - before) / args.count:.2f} CPU ms per request, {ended - started:.1f} s wall, "
          f"load average {' '.join(open('/proc/loadavg').read().split()[:3])}")
    if args.threads:
        spent = {group: [a - b for a, b in zip(groups_after[group], groups_before.get(group, (0, 0, 0)))]
                 for group in groups_after}
        for group, (user, system, faults) in sorted(spent.items(), key=lambda item: -(item[1][0] + item[1][1])):
            if user + system > 0:
                print(f"  {group:32s} {1000 * (user + system) / args.count:.3f} CPU ms per request (user "
                      f"{1000 * user / args.count:.3f}, system {1000 * system / args.count:.3f}; "
                      f"{faults / args.count:.1f} minor page faults)")


if __name__ == "__main__":
    main()
