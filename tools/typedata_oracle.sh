#!/usr/bin/env bash
# typedata_oracle.sh: print go1.19's type descriptors for the types of
# testdata/scripts/typedata.go (tools/typedata_oracle.go), which is how
# testdata/scripts/typedata.expected was made:
#     tools/typedata_oracle.sh > testdata/scripts/typedata.expected
# Needs go1.19 on PATH.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$root/testdata/scripts/typedata.go" "$root/tools/typedata_oracle.go" "$dir/"
: > "$dir/empty.s"        # lets the oracle declare body-less //go:linkname functions
printf 'module oracle\n\ngo 1.19\n' > "$dir/go.mod"
(cd "$dir" && go build -o oracle . && ./oracle)
