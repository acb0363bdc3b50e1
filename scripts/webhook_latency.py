#!/usr/bin/env python3
"""Time signed Twilio and Slack webhooks against a running instance, one request at a time.

  scripts/webhook_latency.py --base http://localhost:8080 --twilio-token T --twilio-url URL --slack-secret S [-n 200]

Twilio's time includes the whole reply (safety screen, classification, transcript line written); Slack's is the
acknowledgement (the same work, the reply itself is posted afterwards). Each request is a new message id.
"""
import argparse
import base64
import hashlib
import hmac
import json
import statistics
import time
import urllib.parse
import urllib.request
import uuid

QUESTIONS = ["how long do the effects of ketamine last", "what is ketamine", "how much does treatment cost",
             "can I drive home after a session", "what side effects can ketamine cause"]


def post(url, body, headers):
    start = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, data=body.encode(), headers=headers), timeout=30) as r:
        r.read()
        assert r.status == 200, r.status
    return (time.perf_counter() - start) * 1000


def twilio(args, i):
    params = {"MessageSid": "SM" + uuid.uuid4().hex, "From": "+1555%07d" % i, "To": "+15550000000",
              "Body": QUESTIONS[i % len(QUESTIONS)]}
    signed = args.twilio_url + "".join(k + params[k] for k in sorted(params))
    sig = base64.b64encode(hmac.new(args.twilio_token.encode(), signed.encode(), hashlib.sha1).digest()).decode()
    return post(args.base + "/webhooks/twilio", urllib.parse.urlencode(params),
                {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": sig})


def slack(args, i):
    body = json.dumps({"type": "event_callback", "team_id": "T1", "event_id": "Ev" + uuid.uuid4().hex,
                       "event": {"type": "message", "channel": "D1", "user": "U%d" % i,
                                 "text": QUESTIONS[i % len(QUESTIONS)], "ts": "%.6f" % time.time()}})
    ts = str(int(time.time()))
    sig = "v0=" + hmac.new(args.slack_secret.encode(), ("v0:" + ts + ":" + body).encode(), hashlib.sha256).hexdigest()
    return post(args.base + "/webhooks/slack", body, {"Content-Type": "application/json",
                                                       "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig})


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--twilio-token", required=True)
    p.add_argument("--twilio-url", required=True)
    p.add_argument("--slack-secret", required=True)
    p.add_argument("-n", type=int, default=200)
    args = p.parse_args()
    for name, send in (("twilio", twilio), ("slack", slack)):
        for i in range(20):
            send(args, i)  # warm-up
        times = sorted(send(args, i) for i in range(args.n))
        print("%s: n=%d median %.1f ms, p95 %.1f ms, max %.1f ms" % (
            name, len(times), statistics.median(times), times[int(len(times) * 0.95) - 1], times[-1]))


if __name__ == "__main__":
    main()
