"""Answers every request at once with no claims, for the protocol benchmark
(benches/protocol.rs). It reads the id with a regular expression, relying on
claimbench writing `protocol` and then `id` first, so that parsing the whole
text does not count as protocol overhead."""
import re
import sys

ID = re.compile(r'"id":("(?:[^"\\]|\\.)*")')
out = sys.stdout
for line in sys.stdin:
    out.write('{"id":' + ID.search(line).group(1) + ',"claims":[]}\n')
    out.flush()
