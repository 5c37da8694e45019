"""Declares UTF-8 byte offsets in its handshake and counts its spans in
bytes, on every article (it has no target)."""
from common import answer, send
import json
import sys


def to_bytes(text, offset):
    return len(text[:offset].encode("utf-8"))


send({"claimbench_protocol": 1, "name": "bytes", "version": "2.0", "offsets": "utf8_bytes"})
for line in sys.stdin:
    request = json.loads(line)
    message = answer(request)
    for claim in message["claims"]:
        figure = claim["figure"]
        figure["start"] = to_bytes(request["text"], figure["start"])
        figure["end"] = to_bytes(request["text"], figure["end"])
    send(message)
