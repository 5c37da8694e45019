#!/usr/bin/env python3
"""A claimbench extractor that wraps quantulum3 (https://pypi.org/project/quantulum3/),
a third-party library that finds quantities and their units in English text.

    python3 -m venv .venv && .venv/bin/pip install -r examples/requirements-quantulum3.txt
    claimbench bench --extractor-cmd '.venv/bin/python examples/quantulum3_adapter.py'

It speaks the persistent protocol of docs/protocol.md: a handshake, then one
answer line per request line. quantulum3 is loaded once, before the handshake.

How quantulum3's output becomes claims (the adapter adds no extraction of its
own beyond the one unit rule marked below):

- value: quantulum3's normalized value (`5 million` is 5000000); its
  uncertainty, when it gives one, is ignored.
- unit: by quantulum3's unit name or currency code: percentage -> percent,
  square kilometre -> km2, kilometre -> km, tonne -> tonnes, USD/EUR/GBP ->
  usd/eur/gbp. A dimensionless quantity is a `count`, or `people` when the
  word after it names people (the one rule added here, as quantulum3 has no
  notion of people). Any other unit (years, metres, hours, ...) is outside
  claimbench's vocabulary and is skipped.
- figure: quantulum3's span, narrowed to the numeral when the surface
  carries the unit (`3,500 square kilometres` -> `3,500`). quantulum3's spans
  are Python string indices, that is Unicode code points, claimbench's
  default offsets.
- qualifier: `exact` (quantulum3 does not read hedges); attribution:
  unattributed (it does not read sources).
"""

import contextlib
import json
import re
import sys

# Keep standard output for the protocol: anything the library prints while
# it loads (warnings go to standard error already) is sent to standard error.
with contextlib.redirect_stdout(sys.stderr):
    import quantulum3
    from quantulum3 import parser

NAME = "quantulum3"
PEOPLE = re.compile(
    r"^\s*(?:[\w-]+\s+)?(people|persons|civilians|refugees|children|soldiers|troops|"
    r"migrants|residents|workers|deaths|dead|killed|fighters|protesters)\b",
    re.IGNORECASE,
)
UNITS = {
    "percentage": "percent",
    "square kilometre": "km2",
    "kilometre": "km",
    "tonne": "tonnes",
}
CURRENCIES = {"USD": "usd", "EUR": "eur", "GBP": "gbp"}
# The numeral inside a surface such as "$2.3 billion" or "3,500 square kilometres".
NUMERAL = re.compile(
    r"\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion|bn|m)\b)?", re.IGNORECASE
)


def unit_of(quantity, text):
    unit = quantity.unit
    currency = getattr(unit, "currency_code", None)
    if currency:
        return CURRENCIES.get(currency)
    if unit.name in UNITS:
        return UNITS[unit.name]
    if unit.entity.name == "dimensionless" and unit.name == "dimensionless":
        after = text[quantity.span[1] : quantity.span[1] + 40]
        return "people" if PEOPLE.search(after) else "count"
    return None


def extract(text):
    claims = []
    for quantity in parser.parse(text):
        unit = unit_of(quantity, text)
        value = quantity.value
        if unit is None or not isinstance(value, (int, float)) or value != value:
            continue
        start, end = quantity.span
        surface = text[start:end]
        numeral = NUMERAL.search(surface)
        if numeral:
            start, end = start + numeral.start(), start + numeral.end()
        claims.append(
            {
                "figure": {"start": start, "end": end, "text": text[start:end]},
                "value": float(value),
                "unit": unit,
                "qualifier": "exact",
                "measure": None,
                "attribution": {"kind": "unattributed"},
            }
        )
    return claims


def main():
    version = getattr(quantulum3, "__version__", None) or "unknown"
    handshake = {"claimbench_protocol": 1, "name": NAME, "version": version, "offsets": "chars"}
    print(json.dumps(handshake), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            with contextlib.redirect_stdout(sys.stderr):
                claims = extract(request["text"])
            answer = {"id": request["id"], "claims": claims}
        except Exception as error:  # quantulum3 failed on this article
            answer = {"id": request["id"], "error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
