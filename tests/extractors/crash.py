"""Raises an uncaught exception on the target article: Python prints a
traceback on standard error and exits with status 1."""
from common import serve


def fault(request):
    raise RuntimeError("the model fell over")


serve(fault)
