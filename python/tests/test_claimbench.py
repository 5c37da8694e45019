"""The Python package as a user calls it: each public function, the console
script, the README's "From Python" section, and the export tables in
pandas. Run with pytest against an installed package (`pip install .`)."""

from __future__ import annotations

import copy
import doctest
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import claimbench

REPO = Path(__file__).resolve().parents[2]
# The console script installed beside the interpreter that runs the tests.
SCRIPT = shutil.which("claimbench", path=str(Path(sys.executable).parent)) or "claimbench"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [SCRIPT, *args], capture_output=True, text=True, cwd=cwd, check=False
    )


@pytest.fixture(scope="module")
def dataset() -> claimbench.Dataset:
    return claimbench.load_dataset()


@pytest.fixture(scope="module")
def validate_summary() -> dict:
    done = run("validate", "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["summary"]


# load_dataset


def test_the_bundled_dataset_has_validates_counts_and_identity(dataset, validate_summary):
    assert len(dataset.articles) == validate_summary["articles"]
    assert sum(len(a.claims) for a in dataset.articles) == validate_summary["claims"]
    assert sum(len(a.distractors) for a in dataset.articles) == validate_summary["distractors"]
    assert len({m["group"] for m in dataset.conflicts}) == validate_summary["conflict_groups"]
    assert dataset.version == validate_summary["version"]
    assert dataset.content_hash == validate_summary["content_hash"]
    assert dataset.name and dataset.path is None
    assert [a.id for a in dataset.articles] == sorted(a.id for a in dataset.articles)


def test_every_span_slices_the_text_to_its_quote_and_figure(dataset):
    for article in dataset.articles:
        data = article.text.encode("utf-8")
        for row in article.claims + article.distractors:
            assert article.text[row["quote_start"]:row["quote_end"]] == row["quote"]
            assert article.text[row["figure_start"]:row["figure_end"]] == row["figure"]
            quote_bytes = data[row["quote_start_byte"]:row["quote_end_byte"]]
            assert quote_bytes.decode("utf-8") == row["quote"]


def test_claims_carry_every_annotated_field(dataset):
    claim = dataset.articles[0].claims[0]
    for key in (
        "claim", "quote", "figure", "value", "low", "high", "unit", "dimension", "qualifier",
        "measure", "of", "attribution_kind", "attribution_source", "attribution_aliases",
        "as_of", "as_of_evidence", "occurrences", "note",
    ):
        assert key in claim, key
    ranged = [c for a in dataset.articles for c in a.claims if c["value"] is None]
    assert all(c["low"] <= c["high"] for c in ranged)
    assert dataset.articles[0].source["language"] == "en"


def test_a_dataset_directory_loads_and_a_missing_one_is_an_os_error(tmp_path):
    loaded = claimbench.load_dataset(REPO / "fixtures")
    assert loaded.path == str(REPO / "fixtures")
    assert len(loaded.articles) == len(claimbench.load_dataset().articles)
    with pytest.raises(OSError):
        claimbench.load_dataset(tmp_path / "nowhere")


def test_an_invalid_dataset_raises_value_error_with_every_problem():
    broken = REPO / "tests" / "broken" / "cb301-quote-not-in-text"
    with pytest.raises(ValueError, match="CB301"):
        claimbench.load_dataset(broken)


# extract


def test_extract_returns_wire_shape_claims_with_code_point_offsets():
    text = "Café: more than 12 people were hurt, police said."
    claims = claimbench.extract(text)
    assert len(claims) == 1
    claim = claims[0]
    figure = claim["figure"]
    assert text[figure["start"]:figure["end"]] == figure["text"] == "12"
    assert claim["value"] == 12
    assert claim["unit"] == "people"
    assert claim["qualifier"] == "more_than"
    assert claim["attribution"]["kind"] != "unattributed"
    assert claim["attribution"]["text"] == "police"


def test_extract_finds_nothing_in_text_without_figures():
    assert claimbench.extract("Nothing to count here.") == []


# score


def reference_predictions(dataset):
    return {a.id: claimbench.extract(a.text) for a in dataset.articles}


def test_score_equals_bench_json_for_the_same_claims(dataset):
    done = run("bench", "--format", "json")
    assert done.returncode == 0, done.stderr
    bench = json.loads(done.stdout)
    card = claimbench.score(
        reference_predictions(dataset), extractor=claimbench.REFERENCE_EXTRACTOR
    )
    assert card == bench


def test_score_counts_misses_when_claims_are_dropped(dataset):
    predictions = reference_predictions(dataset)
    first = dataset.articles[0]
    baseline = claimbench.score(predictions)
    lost = next(r for r in baseline["articles"] if r["id"] == first.id)["counts"]["found"]
    assert lost > 0
    predictions[first.id] = []
    card = claimbench.score(predictions, dataset)
    assert card["counts"]["found"] == baseline["counts"]["found"] - lost
    assert card["counts"]["gold"] == baseline["counts"]["gold"]
    assert card["extractor"] == {"name": "predictions", "version": "unknown"}


def test_score_reads_a_dataset_directory(dataset):
    card = claimbench.score(reference_predictions(dataset), REPO / "fixtures")
    assert card["dataset"]["content_hash"] == dataset.content_hash


def test_an_article_left_out_is_a_failure(dataset):
    predictions = reference_predictions(dataset)
    left_out = dataset.articles[-1].id
    del predictions[left_out]
    card = claimbench.score(predictions)
    assert [f["article"] for f in card["failures"]] == [left_out]


def test_an_invalid_claim_raises_value_error_naming_article_and_field(dataset):
    predictions = reference_predictions(dataset)
    article = next(a for a in dataset.articles if predictions[a.id])
    bad = copy.deepcopy(predictions[article.id][0])
    bad["qualifier"] = "sort of"
    predictions[article.id].append(bad)
    index = len(predictions[article.id]) - 1
    with pytest.raises(ValueError) as raised:
        claimbench.score(predictions)
    message = str(raised.value)
    assert article.id in message
    assert f"claims[{index}].qualifier" in message


def test_a_claim_in_an_unknown_unit_is_rejected_alone_as_in_bench(dataset):
    predictions = reference_predictions(dataset)
    article = next(a for a in dataset.articles if predictions[a.id])
    odd = copy.deepcopy(predictions[article.id][0])
    odd["unit"] = "parsecs"
    predictions[article.id].append(odd)
    card = claimbench.score(predictions)
    report = next(r for r in card["articles"] if r["id"] == article.id)
    assert "parsecs" in json.dumps(report)
    assert not card["failures"]


def test_every_problem_is_named_at_once(dataset):
    predictions = reference_predictions(dataset)
    predictions["no-such-article"] = []
    first = dataset.articles[0].id
    predictions[first] = [{"figure": {"text": "1"}, "value": 1}]
    with pytest.raises(ValueError) as raised:
        claimbench.score(predictions)
    message = str(raised.value)
    assert "no-such-article" in message
    assert f"article {first}: claims[0]" in message


def test_predictions_that_are_not_lists_raise_value_error(dataset):
    with pytest.raises(ValueError, match="expected a list of claims"):
        claimbench.score({dataset.articles[0].id: {"figure": "12"}})


# the console script


def test_the_console_script_is_the_command_line():
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"claimbench {claimbench.__version__}"
    assert run("no-such-command").returncode == 2
    assert "export" in run("--help").stdout


def test_python_dash_m_runs_the_command_line():
    done = subprocess.run(
        [sys.executable, "-m", "claimbench", "validate"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "no problems" in done.stdout


# export, read with pandas


def test_export_tables_load_with_pandas(tmp_path, validate_summary):
    pd = pytest.importorskip("pandas")
    for form in ("jsonl", "csv"):
        out = tmp_path / form
        done = run("export", "--format", form, "--out", str(out))
        assert done.returncode == 0, done.stderr
        articles = pd.read_json(out / "articles.jsonl", lines=True)
        if form == "jsonl":
            claims = pd.read_json(out / "claims.jsonl", lines=True)
            distractors = pd.read_json(out / "distractors.jsonl", lines=True)
        else:
            claims = pd.read_csv(out / "claims.csv", keep_default_na=False)
            distractors = pd.read_csv(out / "distractors.csv", keep_default_na=False)
        assert len(articles) == validate_summary["articles"]
        assert len(claims) == validate_summary["claims"]
        assert len(distractors) == validate_summary["distractors"]
        texts = dict(zip(articles["id"], articles["text"]))
        for table in (claims, distractors):
            for row in table.itertuples():
                text = texts[row.article]
                assert text[int(row.quote_start):int(row.quote_end)] == row.quote
                assert text[int(row.figure_start):int(row.figure_end)] == str(row.figure)


# docstrings


def test_the_package_docstring_examples_run():
    failures, tried = doctest.testmod(claimbench)
    assert tried > 0
    assert failures == 0


def test_dataset_article_finds_by_id_and_raises_key_error(dataset):
    first = dataset.articles[0]
    assert dataset.article(first.id) is first
    with pytest.raises(KeyError):
        dataset.article("no-such-article")


# the README


def python_blocks(section: str) -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^#+ {re.escape(section)}\n(.*?)(?=^#+ )", readme, re.S | re.M)
    assert match, f"README has a section {section!r}"
    return re.findall(r"```python\n(.*?)```", match.group(1), re.S)


def test_the_readme_from_python_section_works_as_written(tmp_path, capsys):
    blocks = python_blocks("From Python")
    assert blocks, "the section has Python code"
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        for block in blocks:
            exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
    finally:
        os.chdir(cwd)
    assert capsys.readouterr().out, "the README's example prints something"
