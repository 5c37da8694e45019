#!/usr/bin/env bash
# Follows "Adding an article, step by step" in CONTRIBUTING.md, command by
# command, on a fresh clone of this repository, with the sample article of
# tests/guide/ (written for it, never published). CI runs it from .ci/run;
# run it yourself with `bash tests/guide/add-an-article.sh`. It needs git,
# cargo and crates.io (to install cargo-insta); it builds the clone, so it
# takes a few minutes.
#
# Where it departs from the letter of the guide, it says why: it installs
# into a directory of its own rather than ~/.cargo/bin (CARGO_INSTALL_ROOT,
# if set, is used instead, to keep cargo-insta between runs), builds in
# target/guide/ of the checkout (never in target/ itself: the clone's
# claimbench has the same artifact names as the checkout's, and the two
# would overwrite each other), and asks insta for .snap.new files, which
# insta writes on a contributor's machine but not on CI unless asked.
set -euo pipefail
guide=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$guide/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export CARGO_TARGET_DIR="$repo/target/guide"
export CARGO_INSTALL_ROOT="${CARGO_INSTALL_ROOT:-$work/cargo}"
export PATH="$CARGO_INSTALL_ROOT/bin:$PATH"
export INSTA_UPDATE=new

step() { printf '\n--> %s\n' "$*"; }
fail() { printf 'the guide does not work as written: %s\n' "$*" >&2; exit 1; }

git clone --quiet "$repo" "$work/claimbench"
cd "$work/claimbench"

step "install claimbench from the checkout"
cargo install --locked --path .

step "1. save the text"
cp "$guide/sample-article.txt" new.txt

step "2. claimbench new new.txt --dataset fixtures"
claimbench new new.txt --dataset fixtures
rm new.txt
hash=$(sha256sum "$guide/sample-article.txt" | cut -d' ' -f1)
last=$(git ls-files fixtures/articles/ | sed -n 's|^fixtures/articles/\([0-9]*\)_.*\.yaml$|\1|p' | sort -n | tail -1)
id=$(printf '%03d_%s' $((10#$last + 1)) "${hash:0:16}")
cmp "$guide/sample-article.txt" "fixtures/articles/$id.txt" || fail "new did not copy the text as $id.txt"
grep -qx "text_sha256: $hash" "fixtures/articles/$id.yaml" || fail "new did not record the text's SHA-256"
head -1 "fixtures/articles/$id.yaml" | grep -q '^# yaml-language-server: \$schema=../../docs/schema/article.schema.json$' \
  || fail "new did not name the article's schema as its neighbours do"
echo "the article is $id"

step "3. decide the skeleton: every numeral is a draft, refused until decided"
figures=$(sed -n 's/^ *figure: "\(.*\)"$/\1/p' "fixtures/articles/$id.yaml")
echo "$figures"
# Two claims (4,000 homes, 120 schools), then one distractor (March 3).
[ "$figures" = "$(printf '4,000\n120\n3')" ] || fail "the skeleton lists other numerals"
if claimbench validate > "$work/drafts.txt"; then
  fail "validate accepted a skeleton of drafts"
fi
[ "$(grep -c 'error\[CB313\]' "$work/drafts.txt")" = 3 ] || fail "validate did not refuse each of the 3 drafts"
# The decisions: the sample's annotation, the drafts decided.
# The sample's schema line is the one a fixture has (the two folders are
# as deep), so it is kept; its other comments are about the sample.
sed -e '/^# yaml-language-server:/b' -e '/^#/d' -e "s/ID/$id/g" -e "s/SHA256/$hash/" "$guide/sample-article.yaml" > "fixtures/articles/$id.yaml"

step "4. conflict groups: no other article counts homes without power or closed schools"

step "5. bump the dataset's version"
version=$(sed -n 's/^version: *//p' fixtures/dataset.yaml)
next="${version%.*}.$((${version##*.} + 1))"
sed "s/^version: .*/version: $next/" fixtures/dataset.yaml > "$work/dataset.yaml"
mv "$work/dataset.yaml" fixtures/dataset.yaml
echo "version $version -> $next"

step "6. claimbench validate"
claimbench validate | tee "$work/validate.txt"
grep -q "checked the dataset in fixtures: .*; version $next; .*; no problems" "$work/validate.txt" \
  || fail "validate did not check the edited fixtures/"

step "7. claimbench conflicts --dataset fixtures"
claimbench conflicts --dataset fixtures

step "8. cargo test --no-fail-fast: fails on the snapshots the guide names"
if cargo test --locked --no-fail-fast; then
  fail "the first cargo test after adding an article passed; the guide says it fails on snapshots"
fi
pending=$(cd tests/snapshots && ls -- *.snap.new | sort)
expected=$(printf '%s\n' \
  bench_reports__json_report.snap.new \
  bench_reports__jsonl_report.snap.new \
  bench_reports__junit_report.snap.new \
  bench_reports__markdown_report.snap.new \
  bench_reports__table_report.snap.new \
  "extract_snapshots__reference_extractor_output@$id.txt.snap.new" \
  html_report__html_report.snap.new | sort)
[ "$pending" = "$expected" ] || fail "changed snapshots:
$pending
but the guide names:
$expected"
for new in tests/snapshots/*.snap.new; do
  if [ -f "${new%.new}" ]; then
    diff "${new%.new}" "$new" || true
  else
    cat "$new"
  fi
done
command -v cargo-insta > /dev/null || cargo install cargo-insta --locked
cargo insta accept
CLAIMBENCH_UPDATE_CARD=1 cargo test --locked --test dataset_card
git diff --stat -- docs/dataset.md
cargo test --locked
step "the guide works as written"
