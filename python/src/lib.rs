//! `claimbench._native`: the Python extension module, a thin PyO3 layer
//! over the claimbench crate. Values cross as JSON text in the shapes the
//! crate already documents (the export tables, the wire shape of a claim,
//! the scorecard of `bench --format json`); `python/claimbench/__init__.py`
//! turns them into Python objects. Nothing here decides anything the
//! command line would decide differently.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::PathBuf;

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;

use claimbench::answers::score_answers;
use claimbench::bench::ExtractorInfo;
use claimbench::export::{ExportFormat, export};
use claimbench::extract::{ArticleInput, Extractor, ReferenceExtractor};
use claimbench::{Dataset, LoadErrorKind};

// The command line is the crate's own, compiled in here so that the
// console script is the same program as the `claimbench` binary. `run`
// (which reads the process's arguments) is the binary's entry point only.
#[allow(dead_code)]
#[path = "../../src/cli/mod.rs"]
mod cli;

/// The dataset in `path`, or the bundled one. A directory that cannot be
/// read is an `OSError`; an invalid dataset a `ValueError` listing every
/// problem, as `claimbench validate` would.
fn dataset(path: Option<PathBuf>) -> PyResult<Cow<'static, Dataset>> {
    let Some(path) = path else {
        return Ok(Cow::Borrowed(claimbench::dataset()));
    };
    Dataset::load(&path).map(Cow::Owned).map_err(|error| {
        if error.kind() == LoadErrorKind::NotADirectory {
            return PyOSError::new_err(error.to_string());
        }
        let prefix = path.display().to_string();
        let problems: Vec<String> = error
            .diagnostics()
            .iter()
            .map(|diagnostic| diagnostic.render(&prefix))
            .collect();
        PyValueError::new_err(format!(
            "the dataset in `{prefix}` has {} problem(s):\n{}",
            problems.len(),
            problems.join("\n")
        ))
    })
}

/// The export tables of a dataset (JSON Lines), as (file name, contents).
#[pyfunction]
#[pyo3(signature = (path=None))]
fn export_tables(py: Python<'_>, path: Option<PathBuf>) -> PyResult<Vec<(String, String)>> {
    let dataset = dataset(path)?;
    Ok(py.detach(|| {
        export(&dataset, ExportFormat::JsonLines)
            .into_iter()
            .map(|file| (file.name, file.contents))
            .collect()
    }))
}

/// The reference extractor's claims in `text`, as a JSON array in the wire
/// shape.
#[pyfunction]
fn extract_json(py: Python<'_>, text: &str) -> PyResult<String> {
    py.detach(|| {
        let claims = ReferenceExtractor::new()
            .extract(&ArticleInput::new("text", text))
            .map_err(|error| PyValueError::new_err(error.to_string()))?;
        serde_json::to_string(&claims).map_err(|error| PyValueError::new_err(error.to_string()))
    })
}

/// The scorecard (JSON, as `bench --format json`) of `predictions_json`, a
/// JSON object from article id to a list of claims in the wire shape.
#[pyfunction]
#[pyo3(signature = (predictions_json, path, name, version))]
fn score_json(
    py: Python<'_>,
    predictions_json: &str,
    path: Option<PathBuf>,
    name: String,
    version: String,
) -> PyResult<String> {
    let dataset = dataset(path)?;
    let predictions: BTreeMap<String, Vec<serde_json::Value>> =
        serde_json::from_str(predictions_json).map_err(|error| {
            PyValueError::new_err(format!(
                "predictions must map article ids to lists of claims: {error}"
            ))
        })?;
    py.detach(|| {
        score_answers(&dataset, ExtractorInfo { name, version }, predictions)
            .map(|scorecard| claimbench::report::json(&scorecard))
            .map_err(|error| PyValueError::new_err(error.to_string()))
    })
}

/// Runs the `claimbench` command line on `argv` (the first item names the
/// program) and returns its exit status.
#[pyfunction]
fn run_cli(py: Python<'_>, argv: Vec<OsString>) -> u8 {
    py.detach(|| cli::run_from(argv))
}

/// claimbench's native module; see the `claimbench` package.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let reference = ReferenceExtractor::new();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("REFERENCE_NAME", reference.name())?;
    m.add("REFERENCE_VERSION", reference.version())?;
    m.add_function(wrap_pyfunction!(export_tables, m)?)?;
    m.add_function(wrap_pyfunction!(extract_json, m)?)?;
    m.add_function(wrap_pyfunction!(score_json, m)?)?;
    m.add_function(wrap_pyfunction!(run_cli, m)?)?;
    Ok(())
}
