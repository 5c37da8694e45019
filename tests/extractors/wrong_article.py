"""Answers the target article with another article's id."""
from common import answer, serve


def fault(request):
    message = answer(request)
    message["id"] = "not-" + request["id"]
    return message


serve(fault)
