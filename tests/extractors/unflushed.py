"""Reads every request and writes its answer without flushing it: the
answer stays in a block buffer (set up here, so that PYTHONUNBUFFERED
cannot flush it), so claimbench never sees it. Each start appends a line to
the file named by the first argument, so a test can count the starts."""
import io
import json
import os
import sys

with open(sys.argv[1], "a") as starts:
    starts.write("started\n")
out = io.TextIOWrapper(io.BufferedWriter(io.FileIO(os.dup(1), "w"), 64 * 1024))
for line in sys.stdin:
    request = json.loads(line)
    out.write(json.dumps({"id": request["id"], "claims": []}) + "\n")
