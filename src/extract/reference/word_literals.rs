//! The check that rule code holds no English: every word a rule reads comes
//! from a class of the language pack (`src/lang/en/*.yaml`), so a word list
//! has one home and another language pack could stand in for this one.
//!
//! The test reads the source of each rule file, up to its unit tests, and
//! refuses every string literal with a letter in it. The rule registry
//! (`rules.rs`) is not rule code: its literals are the rules' names and docs.

/// The rule files, by name, with their source as compiled.
const RULE_FILES: &[(&str, &str)] = &[
    ("attribution.rs", include_str!("attribution.rs")),
    ("candidate.rs", include_str!("candidate.rs")),
    ("discourse.rs", include_str!("discourse.rs")),
    ("figure.rs", include_str!("figure.rs")),
    ("lexicon.rs", include_str!("lexicon.rs")),
    ("measure.rs", include_str!("measure.rs")),
    ("mod.rs", include_str!("mod.rs")),
    ("sentence.rs", include_str!("sentence.rs")),
    ("token.rs", include_str!("token.rs")),
    ("unit.rs", include_str!("unit.rs")),
];

/// What may stand before a literal that is no word a rule reads: an
/// attribute's argument, a message for a broken invariant, a value of the
/// build environment, the extractor's name.
const NOT_RULE_WORDS: &[&str] = &[
    "#[",
    "expect(",
    "panic!(",
    "unreachable!(",
    "env!(",
    "const NAME: &str = ",
];

/// The string literals of `source` before its `#[cfg(test)]` module, with
/// the line each starts on and the code before it on that line. Comments, character literals and lifetimes are
/// skipped; raw strings (`r"..."`, `r#"..."#`) and byte strings are read.
fn string_literals(source: &str) -> Vec<(usize, String, String)> {
    let code = source
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    let bytes = code.as_bytes();
    let mut literals = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = code[i + 2..].find("*/").map_or(bytes.len(), |e| i + 4 + e);
                line += code[i..end].matches('\n').count();
                i = end;
                continue;
            }
            b'\'' => {
                // A character literal ('a', '\'', '\u{2019}', '’') or a lifetime.
                let rest = &code[i + 1..];
                let len = if let Some(escaped) = rest.strip_prefix('\\') {
                    escaped.find('\'').map(|e| e + 2)
                } else {
                    rest.chars()
                        .next()
                        .filter(|c| rest[c.len_utf8()..].starts_with('\''))
                        .map(char::len_utf8)
                };
                i += len.map_or(1, |len| len + 2);
                continue;
            }
            b'r' if (bytes.get(i + 1) == Some(&b'"') || bytes.get(i + 1) == Some(&b'#'))
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')) =>
            {
                let hashes = code[i + 1..].bytes().take_while(|&b| b == b'#').count();
                let open = i + 1 + hashes;
                if bytes.get(open) == Some(&b'"') {
                    let close = format!("\"{}", "#".repeat(hashes));
                    let end = code[open + 1..]
                        .find(&close)
                        .map_or(bytes.len(), |e| open + 1 + e);
                    literals.push((line, code[open + 1..end].to_string(), before(code, i)));
                    line += code[i..end].matches('\n').count();
                    i = end + close.len();
                    continue;
                }
            }
            b'"' => {
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let end = end.min(bytes.len());
                literals.push((line, code[start..end].to_string(), before(code, i)));
                line += code[i..end].matches('\n').count();
                i = end + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    literals
}

/// The code of the line of byte `at` before it, without leading spaces.
fn before(code: &str, at: usize) -> String {
    let start = code[..at].rfind('\n').map_or(0, |n| n + 1);
    code[start..at].trim_start().to_string()
}

/// The characters of a literal outside its format arguments (`{head}`).
fn words_of(literal: &str) -> impl Iterator<Item = char> + '_ {
    let mut depth = 0usize;
    literal.chars().filter(move |&c| {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => return depth == 0,
        }
        false
    })
}

#[test]
fn literals_are_read_from_code_but_not_from_comments() {
    let source = "let a = \"one\"; // \"two\"\n/* \"three\" */ let b = r#\"fo\"ur\"#;\n\
                  let c = 'x'; let d = '\\''; fn f<'a>() {} let e = b\"five\";\n\
                  #[cfg(test)]\nmod tests { \"six\" }";
    let found: Vec<_> = string_literals(source)
        .into_iter()
        .map(|(line, literal, _)| format!("{line}:{literal}"))
        .collect();
    assert_eq!(found, ["1:one", "2:fo\"ur", "3:five"]);
    assert_eq!(words_of("{head}{ending}").count(), 0);
    assert_eq!(words_of("{head}s").collect::<String>(), "s");
}

#[test]
fn no_word_literal_is_left_in_rule_code() {
    let mut found = Vec::new();
    for (file, source) in RULE_FILES {
        for (line, literal, before) in string_literals(source) {
            let message = NOT_RULE_WORDS
                .iter()
                .any(|m| before.starts_with("#[") && *m == "#[" || before.ends_with(m));
            if words_of(&literal).any(|c| c.is_alphabetic()) && !message {
                found.push(format!(
                    "src/extract/reference/{file}:{line}: \"{literal}\""
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} word literals in rule code; name a class of the language pack \
         (src/lang/en/*.yaml) instead:\n{}",
        found.len(),
        found.join("\n")
    );
}
