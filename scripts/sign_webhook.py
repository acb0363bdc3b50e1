#!/usr/bin/env python3
"""Sign a test webhook the way Twilio, Slack or Meta would, and send it to a running chatbot (or print the curl).

Examples (a local instance started with the same secrets):
  scripts/sign_webhook.py twilio --auth-token "$TWILIO_AUTH_TOKEN" --url http://localhost:8080/webhooks/twilio \
      --from +15551230001 --text "how long does an infusion take"
  scripts/sign_webhook.py slack --signing-secret "$SLACK_SIGNING_SECRET" --url http://localhost:8080/webhooks/slack \
      --text "what is ketamine"
  scripts/sign_webhook.py meta --app-secret "$META_APP_SECRET" --url http://localhost:8080/webhooks/meta \
      --from 16505551234 --text "what is ketamine"
Add --print-curl to print the request as a curl command instead of sending it.

Twilio signs the URL it calls (chatbot.channels.twilio.public-url), so --url must be exactly that value; to reach a
local instance under another address, add --send-to with the local URL.
"""
import argparse
import base64
import hashlib
import hmac
import json
import shlex
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid


def twilio(args):
    params = {
        "MessageSid": args.id or "SM" + uuid.uuid4().hex,
        "AccountSid": "AC" + "0" * 32,
        "From": args.sender or "+15551230001",
        "To": "+15550000000",
        "Body": args.text,
        "NumMedia": "0",
    }
    signed = args.url + "".join(name + params[name] for name in sorted(params))
    signature = base64.b64encode(hmac.new(args.auth_token.encode(), signed.encode(), hashlib.sha1).digest()).decode()
    body = urllib.parse.urlencode(params)
    return body, {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}


def slack(args):
    event_id = args.id or "Ev" + uuid.uuid4().hex[:10].upper()
    body = json.dumps({
        "token": "unused", "team_id": "T0LOCAL", "api_app_id": "A0LOCAL", "type": "event_callback",
        "event_id": event_id, "event_time": int(time.time()),
        "event": {"type": "message", "channel_type": "im", "channel": "D0LOCAL", "user": args.sender or "U0LOCAL",
                  "text": args.text, "ts": "%.6f" % time.time()},
    }, separators=(",", ":"))
    timestamp = str(int(time.time()) - args.age)
    basestring = "v0:" + timestamp + ":" + body
    signature = "v0=" + hmac.new(args.signing_secret.encode(), basestring.encode(), hashlib.sha256).hexdigest()
    return body, {"Content-Type": "application/json", "X-Slack-Request-Timestamp": timestamp,
                  "X-Slack-Signature": signature}


def meta(args):
    body = json.dumps({
        "object": "whatsapp_business_account",
        "entry": [{"id": "WABA", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp", "metadata": {"phone_number_id": args.phone_number_id},
            "messages": [{"from": args.sender or "16505551234", "id": args.id or "wamid." + uuid.uuid4().hex,
                          "timestamp": str(int(time.time())), "type": "text", "text": {"body": args.text}}]}}]}],
    }, separators=(",", ":"))
    signature = "sha256=" + hmac.new(args.app_secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    return body, {"Content-Type": "application/json", "X-Hub-Signature-256": signature}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="provider", required=True)
    for name in ("twilio", "slack", "meta"):
        p = sub.add_parser(name)
        p.add_argument("--url", required=True, help="the webhook URL (for Twilio: exactly the configured public URL)")
        p.add_argument("--send-to", help="send to this URL instead of --url (Twilio behind a proxy or tunnel)")
        p.add_argument("--text", required=True, help="what the person writes")
        p.add_argument("--from", dest="sender", help="the sender's number or user id")
        p.add_argument("--id", help="the provider's message or event id (repeat one to simulate a retry)")
        p.add_argument("--print-curl", action="store_true", help="print a curl command instead of sending")
    sub.choices["twilio"].add_argument("--auth-token", required=True)
    sub.choices["slack"].add_argument("--signing-secret", required=True)
    sub.choices["slack"].add_argument("--age", type=int, default=0, help="make the timestamp this many seconds old")
    sub.choices["meta"].add_argument("--app-secret", required=True)
    sub.choices["meta"].add_argument("--phone-number-id", default="106540352242922")
    args = parser.parse_args()

    body, headers = {"twilio": twilio, "slack": slack, "meta": meta}[args.provider](args)
    target = args.send_to or args.url
    if args.print_curl:
        print("curl -i -X POST " + shlex.quote(target) + "".join(
            " -H " + shlex.quote(k + ": " + v) for k, v in headers.items()) + " --data-binary " + shlex.quote(body))
        return 0
    request = urllib.request.Request(target, data=body.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            print(response.status, response.headers.get("Content-Type"))
            print(response.read().decode())
    except urllib.error.HTTPError as error:
        print(error.code, error.headers.get("Content-Type"))
        print(error.read().decode())
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
