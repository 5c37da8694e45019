"""Never answers the target article."""
import time

from common import serve


def fault(request):
    time.sleep(3600)


serve(fault)
