"""Writes 32 MB to standard error on the target article, then answers it
(`answer`, the default) or crashes (`crash`, the second argument)."""
import sys

from common import answer, serve

THEN = sys.argv[2] if len(sys.argv) > 2 else "answer"


def fault(request):
    line = "warning: " + "w" * 1014 + "\n"
    for _ in range(32 * 1024):
        sys.stderr.write(line)
    sys.stderr.write("the flood is over\n")
    sys.stderr.flush()
    if THEN == "crash":
        raise SystemExit(9)
    return answer(request)


serve(fault)
