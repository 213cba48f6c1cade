#!/usr/bin/env bash
# type_layout.sh: sizes, alignments and field offsets of declared types, as
# `mgc dump -phase=types` reports them, must be gc's on amd64. The expected
# numbers in type_layout.expected are go1.19's unsafe.Sizeof, Alignof and
# Offsetof for the types of type_layout.go (checked with a go program; see
# the file's comment).
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
cd "$(dirname "$0")"
got=$("$MGC" dump -phase=types type_layout.go | grep -E "  type |  field ")
if ! diff <(echo "$got") type_layout.expected; then
    echo "type_layout.sh: layouts differ from go1.19's (< mgc, > expected)"
    exit 1
fi
