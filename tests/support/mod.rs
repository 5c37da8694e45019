//! What the integration tests of the reference extractor on the bundled
//! dataset share: the gold claims it is known not to find yet.

use claimbench::Scorecard;

/// Gold claims of the bundled dataset that the reference extractor does not
/// find yet, as `article#claim`, each with the reading it lacks. The tests
/// demand that the misses are exactly these: one that starts being found is
/// removed here, and any other miss fails.
pub const KNOWN_MISSES: &[&str] = &[];

/// The gold claims a scorecard missed, as `article#claim`, in article order.
pub fn misses(scorecard: &Scorecard) -> Vec<String> {
    scorecard
        .articles
        .iter()
        .flat_map(|article| {
            article
                .misses
                .iter()
                .map(move |miss| format!("{}#{}", article.id, miss.id))
        })
        .collect()
}
