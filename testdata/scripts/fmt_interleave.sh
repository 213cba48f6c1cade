#!/usr/bin/env bash
# fmt_interleave.sh: Go's os.Stdout is unbuffered, so when stdout and stderr go
# to one file, fmt's output (one write per call) and println's and the panic's
# (stderr) interleave in program order. fmt_interleave.expected is go1.19's
# combined output (`prog >file 2>&1`), cut before the goroutine traceback.
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$MGC" build -o "$tmp/prog" fmt_interleave.go || exit 1
"$tmp/prog" >"$tmp/combined" 2>&1
status=$?
if [ "$status" != 2 ]; then
    echo "fmt_interleave.sh: exit status $status, want 2"
    exit 1
fi
sed '/^goroutine 1 \[running\]:$/,$d' "$tmp/combined" >"$tmp/got"
diff -u fmt_interleave.expected "$tmp/got" || exit 1
