"""Type stubs of claimbench's compiled module (python/src/lib.rs). Use the
functions of the ``claimbench`` package rather than these."""

from typing import List, Optional, Tuple

__version__: str
REFERENCE_NAME: str
REFERENCE_VERSION: str

def export_tables(path: Optional[str] = None) -> List[Tuple[str, str]]:
    """The JSON Lines export of a dataset (the bundled one when ``path`` is
    None) as (file name, contents) pairs. Raises OSError or ValueError."""

def extract_json(text: str) -> str:
    """The reference extractor's claims in ``text``, as a JSON array."""

def score_json(predictions_json: str, path: Optional[str], name: str, version: str) -> str:
    """The scorecard JSON of ``predictions_json`` (an object from article id
    to a list of wire-shape claims). Raises ValueError on invalid claims."""

def run_cli(argv: List[str]) -> int:
    """Runs the ``claimbench`` command line on ``argv`` and returns its exit
    status."""
