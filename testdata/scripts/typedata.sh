#!/usr/bin/env bash
# typedata.sh: the type descriptors mgc emits for typedata.go, decoded by
# `mgc dump -phase=typedata`, must be go1.19's. typedata.expected is what
# go1.19's own descriptors decode to at run time (tools/typedata_oracle.sh).
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
cd "$(dirname "$0")"
if ! diff <("$MGC" dump -phase=typedata typedata.go) typedata.expected; then
    echo "typedata.sh: descriptors differ from go1.19's (< mgc, > expected)"
    exit 1
fi
