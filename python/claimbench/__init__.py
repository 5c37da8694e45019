"""claimbench: a curated dataset of checkable numeric claims in real news
articles, and a harness that scores claim extractors against it.

The dataset, the reference extractor and the scorer are the Rust crate's,
compiled into this package; nothing is re-implemented in Python.

>>> import claimbench
>>> dataset = claimbench.load_dataset()
>>> article = dataset.articles[0]
>>> claim = article.claims[0]
>>> article.text[claim["quote_start"]:claim["quote_end"]] == claim["quote"]
True
>>> card = claimbench.score({a.id: claimbench.extract(a.text) for a in dataset.articles})
>>> card["micro"]["lenient"]["recall"] > 0.5
True
"""

from __future__ import annotations

import json
import os
import signal
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from . import _native

__all__ = [
    "Article",
    "Dataset",
    "REFERENCE_EXTRACTOR",
    "__version__",
    "extract",
    "load_dataset",
    "main",
    "score",
]

__version__: str = _native.__version__

#: The reference extractor's name and version, as scorecards record them.
REFERENCE_EXTRACTOR: Tuple[str, str] = (_native.REFERENCE_NAME, _native.REFERENCE_VERSION)

Row = Dict[str, Any]


@dataclass(frozen=True)
class Article:
    """One article of a dataset with its gold annotations.

    ``claims`` and ``distractors`` are dicts with the columns of
    ``claimbench export``'s ``claims.jsonl`` and ``distractors.jsonl``: every
    annotated field, and the quote's and figure's offsets in code points
    (``quote_start``, ``quote_end``, ``figure_start``, ``figure_end``: slice
    ``text`` with them) and in UTF-8 bytes (the same names ending in
    ``_byte``). ``source`` holds ``outlet``, ``url``, ``published``,
    ``published_evidence``, ``language`` and ``source_note``.
    """

    id: str
    text: str
    text_sha256: str
    source: Row
    claims: List[Row] = field(default_factory=list)
    distractors: List[Row] = field(default_factory=list)


@dataclass(frozen=True)
class Dataset:
    """A validated dataset: its identity, its articles (sorted by id) and
    its conflict groups (one dict per group member, with the columns of
    ``conflicts.jsonl``).

    ``path`` is the directory it was loaded from, or ``None`` for the
    bundled dataset.
    """

    name: str
    version: str
    description: str
    content_hash: str
    articles: List[Article]
    conflicts: List[Row]
    path: Optional[str] = None

    def article(self, id: str) -> Article:
        """The article with this id; ``KeyError`` when there is none."""
        for article in self.articles:
            if article.id == id:
                return article
        raise KeyError(id)


PathLike = Union[str, "os.PathLike[str]"]


def load_dataset(path: Optional[PathLike] = None) -> Dataset:
    """The bundled dataset, or the dataset in the directory ``path``.

    The dataset is validated first: an invalid one raises ``ValueError``
    listing every problem with its file, line and column (as ``claimbench
    validate`` does), and a directory that cannot be read raises
    ``OSError``.
    """
    where = None if path is None else os.fspath(path)
    tables = dict(_native.export_tables(where))
    manifest = json.loads(tables["dataset.json"])

    def rows(name: str) -> List[Row]:
        return [json.loads(line) for line in tables[name].splitlines() if line]

    claims: Dict[str, List[Row]] = {}
    for claim in rows("claims.jsonl"):
        claims.setdefault(claim["article"], []).append(claim)
    distractors: Dict[str, List[Row]] = {}
    for distractor in rows("distractors.jsonl"):
        distractors.setdefault(distractor["article"], []).append(distractor)
    source_fields = ("outlet", "url", "published", "published_evidence", "language", "source_note")
    articles = [
        Article(
            id=row["id"],
            text=row["text"],
            text_sha256=row["text_sha256"],
            source={key: row[key] for key in source_fields},
            claims=claims.get(row["id"], []),
            distractors=distractors.get(row["id"], []),
        )
        for row in rows("articles.jsonl")
    ]
    return Dataset(
        name=manifest["name"],
        version=manifest["version"],
        description=manifest["description"],
        content_hash=manifest["content_hash"],
        articles=articles,
        conflicts=rows("conflicts.jsonl"),
        path=where,
    )


def extract(text: str) -> List[Row]:
    """The claims claimbench's reference extractor finds in ``text``, as
    dicts in the wire shape of the extractor protocol (``figure`` with
    ``start``, ``end`` and ``text`` in code points, ``value``, ``unit``,
    ``qualifier``, ``measure``, ``attribution``, ``sentence``), in the order
    of the text."""
    return json.loads(_native.extract_json(text))


def score(
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    dataset: Union[None, Dataset, PathLike] = None,
    *,
    extractor: Tuple[str, str] = ("predictions", "unknown"),
) -> Row:
    """The scorecard of ``predictions`` on ``dataset`` (the bundled one by
    default; a ``Dataset`` or a directory), as the dict that ``claimbench
    bench --format json`` prints (schema in docs/scorecard.md).

    ``predictions`` maps each article id to the claims found in it, each a
    dict in the wire shape that ``extract`` returns and an external
    extractor prints (offsets in code points). An article left out is
    scored as a failure, an empty list as an article where nothing was
    found. ``extractor`` is the (name, version) the scorecard records; pass
    ``REFERENCE_EXTRACTOR`` for the reference extractor's claims.

    Raises ``ValueError`` naming the article and the field of every invalid
    claim, and every id that names no article. A claim whose unit is not in
    claimbench's language pack is no error: as in a ``bench`` run, the
    scorecard lists it as rejected and it costs that claim only.
    """
    if isinstance(dataset, Dataset):
        where = dataset.path
    elif dataset is None:
        where = None
    else:
        where = os.fspath(dataset)
    if not isinstance(predictions, Mapping):
        raise ValueError("predictions must be a mapping from article id to a list of claims")
    problems = [
        f"article {id}: expected a list of claims, found {type(claims).__name__}"
        for id, claims in predictions.items()
        if isinstance(claims, (str, bytes, Mapping)) or not isinstance(claims, Sequence)
    ]
    if problems:
        raise ValueError("\n".join(problems))
    wire = json.dumps({str(id): list(claims) for id, claims in predictions.items()})
    name, version = extractor
    card = json.loads(_native.score_json(wire, where, str(name), str(version)))
    if isinstance(dataset, Dataset) and card["dataset"]["content_hash"] != dataset.content_hash:
        raise ValueError(
            f"the dataset in {where} changed since it was loaded "
            f"(content hash {dataset.content_hash[:12]}, now {card['dataset']['content_hash'][:12]})"
        )
    return card


def main() -> None:
    """The ``claimbench`` console script: the same command line as the
    Rust binary (``claimbench --help``)."""
    # Ctrl-C stops the command at once, as it would stop the binary.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.stdout.flush()
    raise SystemExit(_native.run_cli(["claimbench", *sys.argv[1:]]))
