#!/usr/bin/env bash
# bench.sh: build each testdata/bench program with mgc and report its best wall
# time over 3 runs (and go1.19's, when go is installed, for comparison).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

best_of_3() {  # prints the best wall time in seconds of running $1
    local best=0 start t
    for _ in 1 2 3; do
        start=$(date +%s%N)
        "$1" >/dev/null 2>&1 || true
        t=$(( $(date +%s%N) - start ))
        if [ "$best" = 0 ] || [ "$t" -lt "$best" ]; then best=$t; fi
    done
    printf '%d.%03d' $((best / 1000000000)) $((best / 1000000 % 1000))
}

printf '%-12s %10s %10s\n' benchmark mgc go1.19
for src in testdata/bench/*.go; do
    name=$(basename "$src" .go)
    ./mgc build -o "$tmp/$name" "$src"
    mgc_time=$(best_of_3 "$tmp/$name")
    go_time=-
    if command -v go >/dev/null 2>&1; then
        (cd "$tmp" && cp "$OLDPWD/$src" "$name.go" && GO111MODULE=off go build -o "$name.go.bin" "$name.go")
        go_time=$(best_of_3 "$tmp/$name.go.bin")
    fi
    printf '%-12s %9ss %9ss\n' "$name" "$mgc_time" "$go_time"
done
