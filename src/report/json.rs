//! The scorecard as JSON: the stable, documented schema of `docs/scorecard.md`.

use crate::Scorecard;

/// The scorecard as pretty-printed JSON, ending in a newline. The schema is
/// versioned by the top-level `schema` field ([`crate::bench::SCHEMA_VERSION`]).
pub fn json(scorecard: &Scorecard) -> String {
    let mut out = serde_json::to_string_pretty(scorecard)
        .expect("a scorecard has string keys and finite numbers");
    out.push('\n');
    out
}
