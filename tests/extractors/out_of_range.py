"""Gives a figure span far past the end of the target article's text."""
from common import answer, serve


def fault(request):
    message = answer(request)
    message["claims"].append(
        {
            "figure": {"start": 1000000, "end": 1000002, "text": "12"},
            "value": 12,
            "unit": "people",
            "qualifier": "exact",
            "attribution": {"kind": "unattributed"},
        }
    )
    return message


serve(fault)
