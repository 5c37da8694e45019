//! One reviewed snapshot of the reference extractor's output per bundled
//! article text. A changed snapshot is a regression unless the change finds
//! a gold claim, drops a non-claim, or fixes a value, unit, qualifier or
//! attribution against the text; review with `cargo insta review`.

use claimbench::extract::ReferenceExtractor;

#[test]
fn reference_extractor_output() {
    insta::glob!("../fixtures/articles", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture texts are UTF-8");
        let claims = ReferenceExtractor::new().extract_text(&text);
        insta::assert_yaml_snapshot!(claims);
    });
}
