#!/usr/bin/env python3
"""Measures chat latency while idle and while the staff API retrains the model.

Usage: scripts/staff_retrain_load.py http://127.0.0.1:8183 staff PASSWORD [intent] [phrase]
Needs only the Python standard library. It adds the phrase to the intent's file in the
server's intents/ folder, so run it against a scratch copy of intents/ (INTENTS_DIR).
"""
import base64, json, statistics, sys, time, urllib.error, urllib.request
from concurrent.futures import ThreadPoolExecutor

base, user, password = sys.argv[1], sys.argv[2], sys.argv[3]
intent = sys.argv[4] if len(sys.argv) > 4 else "session_experience"
phrase = sys.argv[5] if len(sys.argv) > 5 else "can i bring my knitting to the infusion %d" % int(time.time())
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
QUESTIONS = ["can i drive after ketamine", "is it covered by insurance", "what are the side effects",
             "how long does a session last", "is the wifi free"]


def call(method, path, body=None, staff=False):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if staff:
        request.add_header("Authorization", auth)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            payload = response.read()
            return response.status, (time.perf_counter() - started) * 1000, payload
    except urllib.error.HTTPError as error:
        return error.code, (time.perf_counter() - started) * 1000, error.read()


def chat(i):
    status, millis, _ = call("POST", "/api/v1/chat", {"text": QUESTIONS[i % len(QUESTIONS)]})
    return status, millis


def summary(label, results):
    millis = sorted(m for _, m in results)
    errors = sum(1 for s, _ in results if s != 200)
    p95 = millis[int(len(millis) * 0.95) - 1] if millis else 0
    print(f"{label}: {len(results)} requests, non-200: {errors}, p50 {statistics.median(millis):.1f} ms, p95 {p95:.1f} ms")


with ThreadPoolExecutor(8) as pool:
    list(pool.map(chat, range(40)))  # warm-up
    summary("idle", list(pool.map(chat, range(200))))
    before = json.loads(call("GET", "/api/v1/model", staff=True)[2])
    status, millis, body = call("POST", f"/api/v1/intents/{intent}/examples", {"text": phrase}, staff=True)
    print(f"POST examples: {status} in {millis:.1f} ms: {body.decode()}")
    results, i = [], 0
    while json.loads(call("GET", "/api/v1/model", staff=True)[2])["training"]:
        results += list(pool.map(chat, range(i, i + 16)))
        i += 16
    summary("during retrain", results)
    after = json.loads(call("GET", "/api/v1/model", staff=True)[2])
    print(f"model v{before['version']} -> v{after['version']}, examples {before['examples']} -> {after['examples']}, "
          f"training took {after['trainingMillis']} ms")
    status, _, body = call("POST", "/api/v1/chat", {"text": phrase})
    reply = json.loads(body)
    print(f"after: '{phrase}' -> route {reply['route']}, intent {reply['intent']}")
