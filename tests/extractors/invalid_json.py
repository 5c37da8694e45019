"""Prints a line that is not JSON for the target article."""
import sys

from common import serve


def fault(request):
    sys.stdout.write("Loading model... done {\n")
    sys.stdout.flush()


serve(fault)
