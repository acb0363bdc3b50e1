#!/usr/bin/env python3
"""Fault checks against a running service on 127.0.0.1 (loopback only, bounded in time).

Used by scripts/fault-tests.sh, which starts and kills the service; each sub-command prints one JSON line.
  load SECONDS THREADS OUTFILE        chat under load; writes acknowledged message ids to OUTFILE
  count-transcripts DIR ACKFILE        acknowledged ids found in DIR's *.jsonl, torn lines
  diskfull                             ordinary vs urgent turns while the transcript disk is full
  connections IDLE SLOW HOLD_SECONDS   idle and slow-header connections still open after HOLD_SECONDS
  flood N                              N back-to-back chats from one client: statuses
  zalgo ATTACKERS SECONDS              crisis reply latency while ATTACKERS send combining-mark messages
  signin N                             N wrong staff passwords: statuses; timing of unknown vs known user
"""
import glob
import http.client
import json
import os
import socket
import statistics
import sys
import threading
import time

PORT = int(os.environ.get("PORT", "8193"))
CRISIS = "I want to kill myself"


def post(path, body, timeout=30, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    try:
        h = {"Content-Type": "application/json"}
        h.update(headers or {})
        conn.request("POST", path, json.dumps(body).encode(), h)
        r = conn.getresponse()
        data = r.read()
        return r.status, dict(r.getheaders()), data
    finally:
        conn.close()


def get(path, headers=None, timeout=10):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


def load(seconds, threads, out):
    acked, errors, lock = [], [0], threading.Lock()
    stop = time.time() + seconds
    questions = ["how long does an infusion take", "what does it cost", "can i drive after", CRISIS]

    def worker(n):
        i = 0
        while time.time() < stop:
            i += 1
            try:
                status, _, data = post("/api/v1/chat", {"conversationId": f"load-{n}",
                                                        "text": questions[i % len(questions)]}, timeout=10)
                if status == 200:
                    with lock:
                        acked.append(json.loads(data)["messageId"])
            except Exception:
                with lock:
                    errors[0] += 1
                time.sleep(0.05)

    ts = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(threads)]
    [t.start() for t in ts]
    [t.join(seconds + 15) for t in ts]
    with open(out, "w") as f:
        f.write("\n".join(acked))
    print(json.dumps({"check": "load", "acknowledged": len(acked), "connection_errors": errors[0]}))


def count_transcripts(directory, ackfile):
    acked = set(open(ackfile).read().split())
    found, torn, lines = set(), 0, 0
    for path in glob.glob(os.path.join(directory, "*.jsonl")):
        with open(path, "rb") as f:
            for raw in f:
                lines += 1
                try:
                    found.add(json.loads(raw.decode("utf-8"))["messageId"])
                except Exception:
                    torn += 1
    missing = acked - found
    print(json.dumps({"check": "kill-9", "acknowledged": len(acked), "found": len(acked & found),
                      "lost": len(missing), "lines": lines, "torn_lines": torn}))


def diskfull():
    ordinary = {}
    for i in range(400):
        status, _, _ = post("/api/v1/chat", {"conversationId": "fill", "text": "how long does an infusion take"})
        ordinary[status] = ordinary.get(status, 0) + 1
        if status == 503:
            break
    urgent = []
    for i in range(3):
        status, _, data = post("/api/v1/chat", {"conversationId": f"urgent-{i}", "text": CRISIS})
        body = json.loads(data) if data else {}
        urgent.append({"status": status, "messageId": body.get("messageId"),
                       "crisisLines": len(((body.get("reply") or {}).get("crisisLines")) or [])})
    health_status, health = get("/actuator/health/readiness")
    print(json.dumps({"check": "disk-full", "ordinary_statuses": ordinary, "urgent": urgent,
                      "readiness": health_status, "readiness_body": health.decode()[:200]}))
    with open(os.environ.get("URGENT_IDS", "/dev/null"), "w") as f:
        f.write("\n".join(u["messageId"] or "" for u in urgent))


def connections(idle, slow, hold):
    socks = []
    for _ in range(idle):
        s = socket.create_connection(("127.0.0.1", PORT), timeout=5)
        socks.append(("idle", s))
    request = b"GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"a" * 10000
    for _ in range(slow):
        s = socket.create_connection(("127.0.0.1", PORT), timeout=5)
        s.send(request[:5])
        socks.append(("slow", s))
    start = time.time()
    offset = 5
    while time.time() - start < hold:
        time.sleep(2)
        for kind, s in socks:
            if kind == "slow":
                try:
                    s.send(request[offset:offset + 1])
                except OSError:
                    pass
        offset += 1
    health, _ = get("/actuator/health")
    still_open = {"idle": 0, "slow": 0}
    for kind, s in socks:
        s.setblocking(False)
        try:
            data = s.recv(1)
            if data:  # a response byte: the server answered, so it is not held
                pass
            else:
                continue  # closed by the server
        except BlockingIOError:
            still_open[kind] += 1
            continue
        except OSError:
            continue
    for _, s in socks:
        s.close()
    print(json.dumps({"check": "slow-connections", "opened": {"idle": idle, "slow": slow}, "held_seconds": hold,
                      "still_open": still_open, "health_during": health}))


def over_limit(n):
    socks, refused = [], 0
    for _ in range(n):
        try:
            socks.append(socket.create_connection(("127.0.0.1", PORT), timeout=5))
        except OSError:
            refused += 1
    time.sleep(1)
    try:
        health, _ = get("/actuator/health", timeout=10)
        status, _, _ = post("/api/v1/chat", {"text": CRISIS}, timeout=10)
    except Exception as ex:
        health, status = str(ex), None
    time.sleep(float(os.environ.get("IDLE_WAIT", "7")))
    try:
        health_after, _ = get("/actuator/health", timeout=10)
    except Exception as ex:
        health_after = str(ex)
    closed = 0
    for s in socks:
        s.setblocking(False)
        try:
            if s.recv(1) == b"":
                closed += 1
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
        s.close()
    print(json.dumps({"check": "connection-limit", "opened": n, "closed_by_server": closed,
                      "health_while_full": health, "crisis_while_full": status,
                      "health_after_idle_timeout": health_after}))


def flood(n):
    statuses, retry_after = {}, None
    for i in range(n):
        status, headers, _ = post("/api/v1/chat", {"text": "how long does an infusion take"})
        statuses[status] = statuses.get(status, 0) + 1
        if status == 429 and retry_after is None:
            retry_after = headers.get("Retry-After")
    status, _, data = post("/api/v1/chat", {"text": CRISIS})
    urgent = json.loads(data).get("handoff", {}).get("reason") if status == 200 else None
    print(json.dumps({"check": "rate-limit", "requests": n, "statuses": statuses, "retry_after": retry_after,
                      "crisis_after_flood": status, "crisis_reason": urgent}))


def zalgo(attackers, seconds):
    attack = "a" + "\u0301" * 999
    stop = time.time() + seconds
    sent = [0]

    def attacker():
        while time.time() < stop:
            try:
                post("/api/v1/parse", {"text": attack}, timeout=30)
                post("/api/v1/chat", {"text": attack}, timeout=30)
                sent[0] += 2
            except Exception:
                pass

    ts = [threading.Thread(target=attacker, daemon=True) for _ in range(attackers)]
    [t.start() for t in ts]
    time.sleep(2)
    latencies = []
    while time.time() < stop - 1:
        t0 = time.time()
        status, _, data = post("/api/v1/chat", {"text": CRISIS}, timeout=60)
        latencies.append(round((time.time() - t0) * 1000))
        time.sleep(0.5)
    [t.join(35) for t in ts]
    print(json.dumps({"check": "combining-mark-attack", "attackers": attackers, "attack_requests": sent[0],
                      "crisis_replies": len(latencies), "crisis_ms_median": statistics.median(latencies),
                      "crisis_ms_max": max(latencies)}))


def signin(n):
    import base64
    statuses = {}

    def attempt(user, password):
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        t0 = time.perf_counter()
        status, _ = get("/api/v1/transcripts", headers={"Authorization": "Basic " + token})
        return status, (time.perf_counter() - t0) * 1000

    unknown = [attempt(f"nobody{i}", "x")[1] for i in range(3)]
    for i in range(n):
        status, _ = attempt("staff", f"wrong{i}")
        statuses[status] = statuses.get(status, 0) + 1
    print(json.dumps({"check": "staff-sign-in", "wrong_passwords": n, "statuses": statuses,
                      "unknown_user_ms": [round(x, 1) for x in unknown]}))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "load":
        load(float(args[0]), int(args[1]), args[2])
    elif cmd == "count-transcripts":
        count_transcripts(args[0], args[1])
    elif cmd == "diskfull":
        diskfull()
    elif cmd == "connections":
        connections(int(args[0]), int(args[1]), float(args[2]))
    elif cmd == "over-limit":
        over_limit(int(args[0]))
    elif cmd == "flood":
        flood(int(args[0]))
    elif cmd == "zalgo":
        zalgo(int(args[0]), float(args[1]))
    elif cmd == "signin":
        signin(int(args[0]))
    else:
        sys.exit(__doc__)
