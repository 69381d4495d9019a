"""A department system's subscriber: receives the issues transferred to it, checks each against the
published contract, ignores redeliveries (same messageId) and acknowledges only what it has handled.

    /usr/bin/python3 subscriber.py            # against ./run.sh, as dept.market-regulation

Settings (environment): JINNING_DEPARTMENT (market-regulation), JINNING_SECRET (the client secret the office
gave you; Jinning#2026 in development), JINNING_BROKER (amqp://localhost:5672), JINNING_GATEWAY
(http://localhost:8080), JINNING_QUEUE (dept.<department>.python-sample), JINNING_SEEN_FILE (seen-<queue>.txt).
Add --count N to stop after N new messages.
"""
import argparse
import json
import os
import sys
import urllib.parse

import pika

from contract import load_contract, received_schema, validate
from seen import SeenIds

EXCHANGE = "Jinning.Contracts.V1:IssueTransferred"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=0, help="stop after this many new messages (0: run until stopped)")
    args = parser.parse_args()

    department = os.environ.get("JINNING_DEPARTMENT", "market-regulation")
    secret = os.environ.get("JINNING_SECRET", "Jinning#2026")
    broker = urllib.parse.urlparse(os.environ.get("JINNING_BROKER", "amqp://localhost:5672"))
    queue = os.environ.get("JINNING_QUEUE", f"dept.{department}.python-sample")
    seen = SeenIds(os.environ.get("JINNING_SEEN_FILE", f"seen-{queue}.txt"))
    schema = received_schema(load_contract(os.environ.get("JINNING_GATEWAY", "http://localhost:8080")), "IssueTransferred")

    credentials = pika.PlainCredentials(f"dept.{department}", secret)
    connection = pika.BlockingConnection(
        pika.ConnectionParameters(host=broker.hostname or "localhost", port=broker.port or 5672, credentials=credentials))
    channel = connection.channel()
    channel.queue_declare(queue=queue, durable=True)
    channel.queue_bind(queue=queue, exchange=EXCHANGE, routing_key=department)
    print(f"READY {queue}", flush=True)

    handled = 0
    for method, properties, body in channel.consume(queue):
        envelope = json.loads(body)
        problems = validate(schema, envelope)
        if problems:
            # Keep it for a person to look at, rather than acting on something the contract does not promise.
            print("REJECTED 不符合消息契约: " + "; ".join(problems), flush=True)
            channel.basic_nack(method.delivery_tag, requeue=False)
            continue
        message_id = envelope["messageId"]
        if message_id in seen:
            print(f"DUPLICATE {message_id} 重复投递，已忽略", flush=True)
            channel.basic_ack(method.delivery_tag)
            continue
        handle(envelope["message"])
        seen.add(message_id)
        channel.basic_ack(method.delivery_tag)
        handled += 1
        if args.count and handled >= args.count:
            break
    channel.cancel()
    connection.close()


def handle(issue):
    """Where a real system files the issue; here it is printed."""
    role = "牵头" if issue.get("role", "lead") == "lead" else "协办"
    print(f"RECEIVED {issue['trackingNumber']} {issue['kind']} {role} 办理时限 {issue['deadline']}：{issue['title']}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
