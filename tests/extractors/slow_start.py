"""Loads for the number of seconds given as the first argument before it
reads its input, then answers every request like the example; with `lazy`
as the second argument, it reads the first request at once and loads only
then."""
import json
import sys
import time

from common import answer, send

LOAD = float(sys.argv[1])
LAZY = sys.argv[2:] == ["lazy"]

if not LAZY:
    time.sleep(LOAD)
for line in sys.stdin:
    if LAZY:
        time.sleep(LOAD)
        LAZY = False
    send(answer(json.loads(line)))
