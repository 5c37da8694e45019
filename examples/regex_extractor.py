#!/usr/bin/env python3
"""A small claimbench extractor with no dependencies: digits, a few hedges
and a few units, found with regular expressions.

It is an example of the protocol (docs/protocol.md), not a good extractor:
it knows no number words ("half a million"), no vague quantities
("hundreds"), and no attribution.

    claimbench bench --extractor-cmd 'python3 examples/regex_extractor.py'
    claimbench bench --extractor-cmd 'python3 examples/regex_extractor.py' --one-shot

In the default (persistent) mode it reads one request per line on standard
input and answers each with one line. When claimbench starts it once per
article (--one-shot, recognized by CLAIMBENCH_ARTICLE_ID in the
environment), it reads the text from standard input and prints a JSON array
of claims.
"""

import json
import math
import os
import re
import sys

NAME = "regex-example"
VERSION = "1.0"

# A figure: 1,234,567 or 12.5 or 12, with an optional scale word.
FIGURE = re.compile(
    r"(?<![\w.,/:-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s+(million|billion|thousand|bn)\b)?"
    # Not part of a date, a time or an identifier (2021-09-27, 10:30, A4).
    r"(?![\w/:-])"
)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9}

# The hedge right before a figure (or its currency sign), and its qualifier.
HEDGES = re.compile(
    r"\b(more than|over|at least|about|around|some|nearly|almost|roughly|"
    r"approximately|up to|as many as|less than|fewer than|an estimated)\s+[$€£]?$",
    re.IGNORECASE,
)
QUALIFIERS = {
    "more than": "more_than",
    "over": "more_than",
    "at least": "at_least",
    "up to": "up_to",
    "as many as": "up_to",
    "less than": "less_than",
    "fewer than": "less_than",
    "an estimated": "estimated",
}

# What follows a figure, and its unit (claimbench's names).
UNITS = [
    (re.compile(r"^\s*(%|per ?cent\b|percent\b)", re.IGNORECASE), "percent"),
    (re.compile(r"^\s*(square kilomet(er|re)s|sq\.? km|km2|km²)", re.IGNORECASE), "km2"),
    (re.compile(r"^\s*(kilomet(er|re)s|km)\b", re.IGNORECASE), "km"),
    (re.compile(r"^\s*(tonnes|tons)\b", re.IGNORECASE), "tonnes"),
    (re.compile(r"^\s*(dollars)\b", re.IGNORECASE), "usd"),
    (re.compile(r"^\s*(euros)\b", re.IGNORECASE), "eur"),
    (
        re.compile(
            r"^\s*(?:\w+\s+)?(people|persons|civilians|refugees|children|"
            r"soldiers|troops|migrants|residents|workers|deaths|dead)\b",
            re.IGNORECASE,
        ),
        "people",
    ),
]
CURRENCIES = {"$": "usd", "€": "eur", "£": "gbp"}


def extract(text):
    """Every figure in `text` as claimbench claims (offsets in chars)."""
    claims = []
    for match in FIGURE.finditer(text):
        digits = match.group(1).replace(",", "") + (match.group(2) or "")
        value = float(digits) * SCALES.get((match.group(3) or "").lower(), 1)
        # JSON has no infinity: a numeral too long for a float is no figure.
        if not math.isfinite(value):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        after = text[match.end() : match.end() + 40]
        unit = CURRENCIES.get(before[-1:]) if before else None
        if unit is None:
            unit = next((u for pattern, u in UNITS if pattern.search(after)), "count")
        # Four-digit numbers with no unit are most likely years.
        if unit == "count" and re.fullmatch(r"(19|20)\d\d", match.group(0)):
            continue
        hedge = HEDGES.search(before)
        qualifier = "exact"
        if hedge:
            qualifier = QUALIFIERS.get(hedge.group(1).lower(), "about")
        claims.append(
            {
                "figure": {"start": match.start(), "end": match.end(), "text": match.group(0)},
                "value": value,
                "unit": unit,
                "qualifier": qualifier,
                "measure": None,
                "attribution": {"kind": "unattributed"},
            }
        )
    return claims


def main():
    if "CLAIMBENCH_ARTICLE_ID" in os.environ:
        # One-shot: the text on standard input; on standard output an
        # optional handshake (to name the extractor) and a JSON array.
        text = sys.stdin.buffer.read().decode("utf-8")
        print(json.dumps({"claimbench_protocol": 1, "name": NAME, "version": VERSION}))
        json.dump(extract(text), sys.stdout)
        return
    # Persistent: a handshake, then one answer per request line.
    handshake = {"claimbench_protocol": 1, "name": NAME, "version": VERSION, "offsets": "chars"}
    print(json.dumps(handshake), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            answer = {"id": request["id"], "claims": extract(request["text"])}
        except Exception as error:  # report it for this article and go on
            answer = {"id": request["id"], "error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
