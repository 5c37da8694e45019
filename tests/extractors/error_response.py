"""Reports an error for the target article and goes on."""
from common import serve


def fault(request):
    return {"id": request["id"], "error": "input too long for the model"}


serve(fault)
