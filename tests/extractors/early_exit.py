"""Exits with status 0, silently, when it sees the target article."""
import sys

from common import serve


def fault(request):
    sys.exit(0)


serve(fault)
