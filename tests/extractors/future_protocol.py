"""Speaks a protocol version claimbench does not know."""
from common import serve

serve(lambda request: None, handshake={"claimbench_protocol": 2, "name": "future"})
