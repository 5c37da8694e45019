"""Shared by the fake extractors of tests/protocol.rs: each behaves like
examples/regex_extractor.py on every article but one (the id given as the
first argument), where it commits its one fault."""

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "examples"))
from regex_extractor import extract  # noqa: E402

TARGET = sys.argv[1] if len(sys.argv) > 1 else None


def answer(request):
    """The honest answer to a request."""
    return {"id": request["id"], "claims": extract(request["text"])}


def send(message):
    print(json.dumps(message), flush=True)


def serve(fault, handshake=None):
    """Answers every request honestly, except that `fault(request)` is called
    for the target article; it returns an answer to send, or None to send
    nothing."""
    if handshake is not None:
        send(handshake)
    for line in sys.stdin:
        request = json.loads(line)
        if request["id"] == TARGET:
            message = fault(request)
            if message is not None:
                send(message)
        else:
            send(answer(request))
