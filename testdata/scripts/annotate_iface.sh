#!/usr/bin/env bash
# annotate_iface.sh: `mgc asm -annotate=lower` explains each interface
# operation with the Go construct and what gc emits for it (issue: teaching).
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
cd "$(dirname "$0")"
asm=$("$MGC" asm -annotate=lower annotate_iface.go) || exit 1
status=0
expect() {
    if ! grep -qF -- "$1" <<<"$asm"; then
        echo "annotate_iface.sh: missing note: $1"
        status=1
    fi
}
expect "; Shape(Rect): type word = &go.itab.main.Rect,main.Shape, a static itab registered before main"
expect "; data word of a Rect: a heap copy (gc: CALL runtime.convTnoptr)"
expect "; Shape.Area: fun[0] of the itab, at tab+24; a nil tab faults at 0x18"
expect "; I -> any: the type word is the itab's _type (tab+8)"
expect "; v, ok := x.(Rect): ok = (type word == type.main.Rect), no call"
expect "; any(Rect): type word = &type.main.Rect, static"
expect "; interface ==: equal type words, then the runtime compares the data (gc: CMPQ + CALL runtime.efaceeq)"
expect "; type switch: a nil operand goes to the nil case (or default)"
expect "; case Shape: an interface case, in source order"
expect "; x.(Shape): the runtime finds the itab (gc: CALL runtime.assertE2I)"
exit $status
