"""Prints a 100 MB line (one JSON string, never finished) for the target
article, a megabyte at a time."""
import sys

from common import serve


def fault(request):
    out = sys.stdout
    out.write('{"id": "' + request["id"] + '", "claims": [], "note": "')
    chunk = "x" * (1024 * 1024)
    for _ in range(100):
        out.write(chunk)
    out.write('"}\n')
    out.flush()


serve(fault)
