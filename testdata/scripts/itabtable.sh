#!/usr/bin/env bash
# itabtable.sh: a C unit test of the runtime's itabTable (probe sequence,
# negative entries, the merge of method lists, growth at 75% from 512) and of
# getitab's panic, linked against runtime/libmgcrt.a (itabtable_test.c).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -std=c11 -D_GNU_SOURCE -no-pie -g -o "$tmp/itabtable" "$root/testdata/scripts/itabtable_test.c" \
    "$root/runtime/libmgcrt.a" -l:libgc.a -lpthread -lm || exit 1
out=$("$tmp/itabtable") || { echo "itabtable_test failed: $out"; exit 1; }
[ "$out" = "itabtable_test: ok" ] || { echo "unexpected output: $out"; exit 1; }
err=$(ITAB_PANIC=1 "$tmp/itabtable" 2>&1 >/dev/null)
code=$?
want="panic: interface conversion: main.OnlyA is not main.IAB: missing method B"
[ $code -eq 2 ] || { echo "getitab panic: exit $code, want 2"; exit 1; }
[ "$(echo "$err" | head -1)" = "$want" ] || { echo "getitab panic: got '$(echo "$err" | head -1)', want '$want'"; exit 1; }
