#!/usr/bin/env bash
# opt_passes.sh: each optimization pass of opt/ removes what it is for, seen
# through `mgc dump -phase=ssa` (the IR after every pass) of opt_passes.go.
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
cd "$(dirname "$0")"
status=0

# after FUNC PASS: the IR of main.FUNC after the first run of PASS.
after() {
    "$MGC" dump -phase=ssa -func="main.$1" opt_passes.go |
        awk -v want="---- main.$1: after $2" '/^---- /{if (on) exit; on = ($0 == want)} on'
}

# count FUNC PASS REGEX: lines of that IR matching REGEX.
count() { after "$1" "$2" | grep -cE -- "$3"; }

expect() {   # expect DESCRIPTION GOT WANT
    if [ "$2" != "$3" ]; then
        echo "opt_passes.sh: $1: got $2, want $3"
        status=1
    fi
}

expect "constbranch: lowering calls deadmarker" "$(count constbranch lower 'call main.deadmarker')" 1
expect "constbranch: sccp removes the call behind the constant branch" \
       "$(count constbranch sccp 'call main.deadmarker|^    branch')" 0
expect "constbranch: the result is folded" "$(count constbranch branch 'const 6')" 1

expect "fields: lowering checks p twice" "$(count fields lower 'load.u8')" 2
expect "fields: nilcheck keeps no check (the load at [p+0] faults first)" \
       "$(count fields nilcheck 'load.u8')" 0
expect "alloc: no nil check of a new object" "$(count alloc nilcheck 'load.u8')" 0

expect "globals: lowering takes &g twice" "$(count globals lower 'addr main.g')" 2
expect "globals: cse shares it" "$(count globals cse 'addr main.g')" 1

expect "swap: ssa makes phis" "$(count swap ssa ' = phi \[')" 3
expect "swap: unssa leaves none" "$(count swap unssa 'phi')" 0
# The loop's back edge copies i and the swapped a, b: the cycle a <- b <- a
# needs one temporary, so 4 movs.
post=$(after swap unssa | awk '/^b[0-9]+\./{on = /for\.post:$/} on')
expect "swap: the back edge's copies, the cycle broken with one temporary" \
       "$(grep -cE '^    v[0-9]+ = mov v[0-9]+$' <<<"$post")" 4

expect "slot: lowering loads a[0] and a[1] back" "$(count slot lower 'load.s64')" 2
expect "slot: storeload forwards both stored values" "$(count slot storeload '= load')" 0

# branch: the blocks that end in a noreturn call are the last two.
tail2=$(after index branch | grep -E '^b[0-9]+\.' | tail -2 | sed 's/^b[0-9]*\.//' | tr '\n' ' ')
expect "index: the panic blocks go last" "$tail2" "index.fail: index.fail: "
expect "index: the entry stays block 0" "$(after index branch | grep -m1 -E '^b[0-9]+\.')" "b0.entry:"

# The whole program still computes what go1.19 prints.
out=$("$MGC" run opt_passes.go 2>&1)
expect "opt_passes.go output" "$out" "6 3 1 0 1 6 3"
exit $status
