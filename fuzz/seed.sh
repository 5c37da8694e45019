#!/bin/sh
# Builds the seed corpora in fuzz/corpus/<target> from the bundled fixtures
# and tests/broken. Run from the repository root: `sh fuzz/seed.sh`.
# Needs a built `claimbench` binary (target/debug or target/release) for the
# protocol seeds.
set -eu
out=fuzz/corpus
bin=${CLAIMBENCH:-target/debug/claimbench}
mkdir -p "$out/fixture" "$out/number" "$out/extract" "$out/protocol"

# fixture: one selector byte (0 article YAML, 1 article text, 2 conflicts.yaml,
# 3 dataset.yaml), then the file's bytes.
n=0
seed() { # selector file
    n=$((n + 1))
    { printf "\\$(printf %03o "$1")"; cat "$2"; } > "$out/fixture/seed-$n"
}
for f in fixtures/articles/*.yaml tests/broken/*/articles/*.yaml; do seed 0 "$f"; done
for f in fixtures/articles/*.txt tests/broken/*/articles/*.txt; do seed 1 "$f"; done
for f in fixtures/conflicts.yaml tests/broken/*/conflicts.yaml; do [ -f "$f" ] && seed 2 "$f"; done
for f in fixtures/dataset.yaml tests/broken/*/dataset.yaml; do [ -f "$f" ] && seed 3 "$f"; done

# number: every annotated figure.
n=0
grep -h '^ *figure:' fixtures/articles/*.yaml tests/broken/*/articles/*.yaml |
    sed -e 's/^ *figure: *//' -e 's/^"\(.*\)"$/\1/' | sort -u |
    while IFS= read -r figure; do
        n=$((n + 1))
        printf '%s' "$figure" > "$out/number/seed-$n"
    done

# extract: every article text.
for f in fixtures/articles/*.txt; do cp "$f" "$out/extract/$(basename "$f")"; done

# protocol: a text, a newline, and the reference extractor's claims for it as
# one response line; plus a handshake and an error response.
for f in fixtures/articles/*.txt; do
    name=$(basename "$f" .txt)
    { tr '\n' ' ' < "$f"; printf '\n{"id":"a","claims":'; "$bin" extract --format json "$f" | tr -d '\n'; } \
        > "$out/protocol/$name"
done
printf 'x\n{"claimbench_protocol":1,"name":"n","offsets":"utf16"}' > "$out/protocol/handshake"
printf 'x\n{"id":"a","error":"boom"}' > "$out/protocol/error"
