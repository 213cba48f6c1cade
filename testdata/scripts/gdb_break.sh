#!/usr/bin/env bash
# gdb_break.sh: a program built with `mgc build -g` can be debugged by source
# line: gdb stops at a breakpoint set as gdb_sample.go:LINE inside func add,
# reports that file and line, and `list` shows the Go source text.
# Run by tools/runtests.py with MGC set to the compiler under test.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
: "${MGC:?MGC must name the mgc binary}"
command -v gdb >/dev/null || { echo "gdb_break.sh: gdb is not installed"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$here"
marker='gdb_break.sh stops here'
line=$(grep -n "$marker" gdb_sample.go | cut -d: -f1)
text=$(sed -n "${line}p" gdb_sample.go | sed 's/^[[:space:]]*//')

# -l keeps add out of line (gc's -gcflags=-l): inlined, its line would be
# main's code, and the optimizer may fold it away.
"$MGC" build -g -l -o "$tmp/sample" gdb_sample.go

gdb -batch -nx \
    -ex "break gdb_sample.go:$line" \
    -ex run \
    -ex bt \
    -ex 'info source' \
    -ex 'list' \
    "$tmp/sample" </dev/null >"$tmp/gdb.out" 2>&1 || true

fail() {
    echo "gdb_break.sh: $1"
    echo "--- gdb output:"
    cat "$tmp/gdb.out"
    exit 1
}

# "Breakpoint 1, main.add (...) at gdb_sample.go:5" (gdb may print a directory
# before the file name, and "Thread 1 ... hit" before Breakpoint).
grep -Eq "Breakpoint 1, .*add.* at (.*/)?gdb_sample\.go:$line\$" "$tmp/gdb.out" ||
    fail "gdb did not stop at gdb_sample.go:$line"
# info source names the Go file.
grep -Eq "^Current source file is (.*/)?gdb_sample\.go" "$tmp/gdb.out" ||
    fail "info source does not name gdb_sample.go"
# list prints "LINE<tab>source text".
awk -v l="$line" -v t="$text" 'index($0, l "\t") == 1 && index($0, t) { found = 1 }
    END { exit !found }' "$tmp/gdb.out" ||
    fail "list does not show line $line: $text"
echo "gdb_break.sh: ok (stopped at gdb_sample.go:$line)"
