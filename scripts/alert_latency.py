#!/usr/bin/env python3
"""Measures how long an urgent chat message takes to reach staff as a signed webhook alert.

Starts a local webhook receiver (which checks each signature and that no raw personal data arrives), starts the
packaged service pointed at it (a scratch copy of intents/, transcripts and audit log in a temporary folder), sends
urgent messages one at a time, and reports, per message, the time from sending the chat request to the alert's
arrival at the receiver, and the chat reply's own time. Then checks the alert journal (transcripts/alerts/) holds
no raw personal data. Stops the service it started when done.

With --crash N, it then makes the receiver answer 503, sends N more urgent messages, waits until each alert's first
attempt has failed, kills the service with SIGKILL (a crash: no shutdown hook runs), lets the receiver answer again,
starts the service on the same folders and measures how long after the new start each owed alert arrives.

    mvn -q package -DskipTests
    python3 scripts/alert_latency.py --port 8194 --messages 40 --crash 5
"""
import argparse
import hashlib
import hmac
import json
import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRET = "latency-test-secret"
PII = ["Jane", "Doe", "415-555-0134", "jane.doe@example.com"]
MESSAGES = [
    "My name is Jane Doe, call me at 415-555-0134. I want to kill myself tonight.",
    "i took all my pills an hour ago and now i cant stop shaking, jane.doe@example.com",
    "I have a rope ready and I am going to end it after everyone is asleep. This is Jane Doe.",
    "my husband took too much ketamine and he won't wake up, call 415-555-0134",
]

arrivals = {}
attempts = {}
refuse = threading.Event()
problems = []
lock = threading.Condition()


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        now = time.monotonic()
        timestamp = self.headers.get("X-Chatbot-Timestamp", "")
        expected = "sha256=" + hmac.new(SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, self.headers.get("X-Chatbot-Signature", "")):
            problems.append("bad signature")
        text = body.decode()
        problems.extend(f"raw personal data in the alert: {p}" for p in PII if p in text)
        alert = json.loads(body)["alert"]
        with lock:
            attempts[alert["id"]] = attempts.get(alert["id"], 0) + 1
            if not refuse.is_set():
                arrivals.setdefault(alert["id"], now)
            lock.notify_all()
        self.send_response(503 if refuse.is_set() else 204)
        self.end_headers()

    def log_message(self, *args):
        pass


def post(url, payload):
    request = urllib.request.Request(url, json.dumps(payload).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def wait_until_up(base, seconds=240):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(base + "/actuator/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise SystemExit("the service did not start")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def check_journal(folder):
    lines = []
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        with open(os.path.join(folder, name), encoding="utf-8") as file:
            lines.extend(file.read().splitlines())
    raw = [p for p in PII if any(p in line for line in lines)]
    print(f"alert journal: {len(lines)} lines, raw personal data in it: {raw or 'none'}")


def crash_and_restart(base, service, start, count):
    refuse.set()
    owed = []
    for i in range(count):
        reply = post(base + "/api/v1/chat", {"text": MESSAGES[i % len(MESSAGES)]})
        owed.append(reply["messageId"])
    with lock:
        lock.wait_for(lambda: all(attempts.get(m, 0) >= 1 for m in owed), timeout=30)
    time.sleep(0.5)  # the journal writes the failed attempts within milliseconds; leave it a moment
    os.killpg(service.pid, signal.SIGKILL)
    service.wait(timeout=30)
    refuse.clear()
    restarted = time.monotonic()
    service = start()
    wait_until_up(base)
    ready = time.monotonic()
    with lock:
        lock.wait_for(lambda: all(m in arrivals for m in owed), timeout=120)
        late = [arrivals[m] for m in owed if m in arrivals]
    print(f"crash: {count} alerts owed at SIGKILL (first attempt answered 503), {len(late)} delivered after the "
          f"restart; service ready {ready - restarted:.1f} s after the new start")
    if late:
        print(f"owed alerts arrived {min(late) - restarted:.1f} to {max(late) - restarted:.1f} s after the new "
              f"start ({min(late) - ready:+.1f} to {max(late) - ready:+.1f} s from readiness)")
    return service


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8194)
    parser.add_argument("--messages", type=int, default=40)
    parser.add_argument("--jar", default="target/ketamine-faq-chatbot.jar")
    parser.add_argument("--crash", type=int, default=0, help="alerts owed when the service is killed (0: skip)")
    args = parser.parse_args()

    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    scratch = tempfile.mkdtemp(prefix="alert-latency-")
    shutil.copytree("intents", os.path.join(scratch, "intents"))
    env = dict(os.environ, INTENTS_DIR=os.path.join(scratch, "intents"),
               TRANSCRIPTS_DIR=os.path.join(scratch, "transcripts"),
               STAFF_AUDIT_LOG=os.path.join(scratch, "audit.jsonl"), STAFF_PASSWORD="latency-pass",
               EMBEDDING_CACHE=os.path.join(scratch, "embeddings.bin"),
               ALERTS_WEBHOOK_URL=f"http://127.0.0.1:{receiver.server_port}/hooks/urgent",
               ALERTS_WEBHOOK_SECRET=SECRET)
    log = open(os.path.join(scratch, "service.log"), "w")

    # with --crash, a long first backoff: the second attempt must not come before the kill
    flags = ["--chatbot.alerts.first-backoff=20s"] if args.crash else []

    def start():
        return subprocess.Popen(["java", "-jar", args.jar, f"--server.port={args.port}", *flags], env=env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    service = start()
    try:
        base = f"http://127.0.0.1:{args.port}"
        wait_until_up(base)
        post(base + "/api/v1/chat", {"text": "what is ketamine"})  # warm-up, not urgent
        latencies, replies = [], []
        for i in range(args.messages):
            sent = time.monotonic()
            reply = post(base + "/api/v1/chat", {"text": MESSAGES[i % len(MESSAGES)]})
            replied = time.monotonic()
            if (reply.get("handoff") or {}).get("reason") != "urgent":
                problems.append(f"not urgent: {MESSAGES[i % len(MESSAGES)]}")
                continue
            with lock:
                lock.wait_for(lambda: reply["messageId"] in arrivals, timeout=30)
                arrived = arrivals.get(reply["messageId"])
            if arrived is None:
                problems.append(f"no alert within 30 s for {reply['messageId']}")
                continue
            latencies.append((arrived - sent) * 1000)
            replies.append((replied - sent) * 1000)
        print(f"urgent messages: {args.messages}, alerts received: {len(latencies)}, problems: {len(problems)}")
        for problem in sorted(set(problems)):
            print("  problem:", problem)
        if latencies:
            print("alert latency (chat request sent -> signed webhook received), ms: "
                  f"p50 {statistics.median(latencies):.0f}, p95 {percentile(latencies, 95):.0f}, "
                  f"max {max(latencies):.0f}")
            print("chat reply time, ms: "
                  f"p50 {statistics.median(replies):.0f}, p95 {percentile(replies, 95):.0f}, max {max(replies):.0f}")
            print(f"alerts over 2 s: {sum(1 for value in latencies if value > 2000)}")
        check_journal(os.path.join(scratch, "transcripts", "alerts"))
        if args.crash:
            service = crash_and_restart(base, service, start, args.crash)
    finally:
        os.killpg(service.pid, signal.SIGTERM)
        service.wait(timeout=60)
        receiver.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
