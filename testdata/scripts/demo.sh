#!/usr/bin/env bash
# demo.sh: the `make demo` program (testdata/demo/shapes.go) prints what
# go1.19 prints (demo.expected, stdout and stderr in one stream).
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$MGC" build -o "$tmp/shapes" ../demo/shapes.go || exit 1
"$tmp/shapes" > "$tmp/out" 2>&1 || { echo "demo.sh: the demo exited with $?"; exit 1; }
diff "$tmp/out" demo.expected || { echo "demo.sh: output differs from go1.19's (< mgc, > expected)"; exit 1; }
