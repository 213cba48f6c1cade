#!/bin/sh
# record_m.sh testdata/m/NAME.go...: record go1.19's `go build -gcflags=-m` lines for
# each program as NAME.m (positions relative to the file, "./" dropped), the
# expected -m output the m tests compare mgc's with. Needs go1.19.
set -e
for src in "$@"; do
    dir=$(mktemp -d)
    cp "$src" "$dir/$(basename "$src")"
    printf 'module m\ngo 1.19\n' > "$dir/go.mod"
    (cd "$dir" && go build -gcflags=-m -o /dev/null . 2>&1 || true) |
        grep -v '^#' | sed 's|^\./||' > "${src%.go}.m"
    rm -rf "$dir"
done
