"""A department system's webhook receiver: trusts a notice only if its signature and timestamp check out
and its body keeps the published contract, and handles each delivery once.

    JINNING_WEBHOOK_SECRET=<the secret shown when the office registered your address> /usr/bin/python3 webhook_receiver.py

Settings (environment): JINNING_WEBHOOK_SECRET (required), JINNING_WEBHOOK_PORT (8090), JINNING_GATEWAY
(http://localhost:8080, for the contract), JINNING_SEEN_FILE (seen-webhook.txt), JINNING_MAX_AGE_SECONDS (300).
Answers 204 when handled (or already handled), 401 when the signature or timestamp is wrong, 400 when the body
breaks the contract: anything but 2xx makes the platform retry later and shows in the delivery log.
"""
import hashlib
import hmac
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

from contract import load_contract, received_schema, validate
from seen import SeenIds

SECRET = os.environ.get("JINNING_WEBHOOK_SECRET", "")
MAX_AGE = int(os.environ.get("JINNING_MAX_AGE_SECONDS", "300"))


def signature_ok(timestamp, body, signature):
    """X-Jinning-Signature is sha256=<hex HMAC-SHA256 over "<timestamp>.<raw body>">, compared in constant time."""
    expected = "sha256=" + hmac.new(SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def fresh(timestamp):
    """A captured request replayed later carries its old timestamp: refuse it."""
    return timestamp.isdigit() and abs(time.time() - int(timestamp)) <= MAX_AGE


class Receiver(BaseHTTPRequestHandler):
    schema = None
    seen = None

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        timestamp = self.headers.get("X-Jinning-Timestamp", "")
        if not fresh(timestamp) or not signature_ok(timestamp, body, self.headers.get("X-Jinning-Signature", "")):
            print("REFUSED 签名或时间戳无效", flush=True)
            return self.answer(401)
        try:
            notice = json.loads(body)
        except ValueError:
            return self.answer(400)
        problems = validate(self.schema, notice)
        if problems:
            print("REJECTED 不符合消息契约: " + "; ".join(problems), flush=True)
            return self.answer(400)
        if notice["deliveryId"] in self.seen:
            print(f"DUPLICATE {notice['deliveryId']} 重复投递，已忽略", flush=True)
            return self.answer(204)
        print(f"RECEIVED {notice['eventType']} {notice['recipient']}：{notice['subject']}", flush=True)
        self.seen.add(notice["deliveryId"])
        return self.answer(204)

    def answer(self, status):
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format, *args):
        pass


def main():
    if not SECRET:
        print("JINNING_WEBHOOK_SECRET is required: the secret shown when your address was registered.", file=sys.stderr)
        return 2
    Receiver.schema = received_schema(load_contract(os.environ.get("JINNING_GATEWAY", "http://localhost:8080")), "WebhookNotice")
    Receiver.seen = SeenIds(os.environ.get("JINNING_SEEN_FILE", "seen-webhook.txt"))
    port = int(os.environ.get("JINNING_WEBHOOK_PORT", "8090"))
    # One request at a time, so a delivery retried while the first try is still being handled is seen as a duplicate.
    server = HTTPServer(("0.0.0.0", port), Receiver)
    print(f"READY http://localhost:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
