"""Adds, to its honest answer for the target article, one claim whose unit
is in no language pack."""
from common import answer, serve


def fault(request):
    message = answer(request)
    message["claims"].insert(
        0,
        {
            "figure": {"start": 0, "end": 1, "text": request["text"][:1]},
            "value": 12,
            "unit": "furlongs",
            "qualifier": "exact",
            "attribution": {"kind": "unattributed"},
        },
    )
    return message


serve(fault)
