#!/usr/bin/env bash
# gdb_iface.sh: the gdb session of the articles on Go's interfaces, on a program
# built with `mgc build -g -N` (docs/DEBUGGING.md is this session as a
# walkthrough). gdb lists the source, stops at a line and at methods named as
# Go names them, prints both kinds of interface and the descriptors behind them
# (itab, _type), the locals, the types, the backtrace with arguments and the
# disassembly. The values are checked, not just the shapes:
#   - each itab's hash and its _type's hash are go1.19's hash of the dynamic
#     type (the numbers below are what gdb prints for a `go build -gcflags=-N -l`
#     binary of gdb_iface.go),
#   - itab.fun[0] is the address of the method gdb knows by its Go name,
#   - the data word points at the value: &emps for the pointer, a copy of the
#     struct for the others.
# Without gdb it prints SKIP and passes. Run by tools/runtests.py with MGC set.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
: "${MGC:?MGC must name the mgc binary}"
command -v gdb >/dev/null || { echo "SKIP gdb_iface.sh: gdb is not installed"; exit 0; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# go1.19's type hashes (runtime._type.hash) of the dynamic types.
hash_ptr_emp=245746353     # *main.EmpStruct
hash_emp=1133089235        # main.EmpStruct
hash_rect=1577888118       # main.Rect

cd "$here"
stop=$(grep -n 'gdb_iface.sh stops here' gdb_iface.go | cut -d: -f1)
"$MGC" build -g -N -o "$tmp/iface" gdb_iface.go

# Each command's output follows a line "@name" (gdb's echo), for val below.
cmds=(
    "list $stop"
    "break $stop"
    run
    "@empi" "p empi"
    "@tab" "p *empi.tab"
    "@type" "p *empi.tab._type"
    "@fun0" "p empi.tab.fun[0]"
    "@show" "printf \"%lu\\n\", &'main.(*EmpStruct).Show'"
    "@data" "printf \"%#lx %#lx\\n\", empi.data, &emps"
    "@eface" "p eface"
    "@etype" "p *eface._type"
    "@edata" "x/2gd eface.data"
    "@rtab" "p *recti.tab"
    "@rshow" "printf \"%lu\\n\", &'main.(*Rect).Show'"
    "@rdata" "x/2gd recti.data"
    "@locals" "info locals"
    "@ptype" "ptype empi"
    "@eptype" "ptype eface"
    "@whatis" "whatis empi"
    "@disas" disassemble
    "break 'main.(*EmpStruct).Show'"
    continue
    "@bt1" bt
    "@e" "p *e"
    "break main.Rect.Show"
    continue
    "@bt2" bt
    "@args" "info args"
    "frame 2"
    "@i" "info args"
)
args=()
for c in "${cmds[@]}"; do
    if [[ $c == @* ]]; then
        args+=(-ex "echo $c\\n")
    else
        args+=(-ex "$c")
    fi
done
gdb -batch -nx "${args[@]}" "$tmp/iface" </dev/null >"$tmp/gdb.out" 2>&1 || true

fail() {
    echo "gdb_iface.sh: $1"
    echo "--- gdb output:"
    cat "$tmp/gdb.out"
    exit 1
}

# val NAME: the output of the command after "@NAME", up to the next "@".
val() { awk -v m="@$1" '$0 == m { on = 1; next } /^@/ { on = 0 } on' "$tmp/gdb.out"; }

# expect NAME REGEX: some line of NAME's output matches REGEX (grep -E). Not a
# pipe: grep -q would stop reading early, and pipefail would see awk's SIGPIPE.
expect() { grep -Eq -- "$2" <<<"$(val "$1")" || fail "$1: no line matches: $2"; }

# list shows the source line; the breakpoint stops there, in main.main.
text=$(sed -n "${stop}p" gdb_iface.go | sed 's/^[[:space:]]*//')
awk -v l="$stop" -v t="$text" 'index($0, l "\t") == 1 && index($0, t) { found = 1 }
    END { exit !found }' "$tmp/gdb.out" || fail "list does not show line $stop"
grep -Eq "^Breakpoint 1, main\.main \(\) at (.*/)?gdb_iface\.go:$stop\$" "$tmp/gdb.out" ||
    fail "gdb did not stop in main.main at gdb_iface.go:$stop"

# The one-method interface holding a pointer, and its itab.
expect empi '^\$[0-9]+ = \{tab = 0x[0-9a-f]+ <.*>, data = 0x[0-9a-f]+\}$'
expect tab "^\\\$[0-9]+ = \{inter = 0x[0-9a-f]+.*, _type = 0x[0-9a-f]+.*, hash = $hash_ptr_emp, _ = \"\\\\000\\\\000\\\\000\", fun = \{[0-9]+\}\}\$"
expect type "size = 8, ptrdata = 8, hash = $hash_ptr_emp, .*kind = 54 "
fun0=$(val tab | sed -n 's/.*fun = {\([0-9]*\)}.*/\1/p')
[ -n "$fun0" ] && [ "$fun0" = "$(val show)" ] ||
    fail "itab.fun[0] ($fun0) is not the address of main.(*EmpStruct).Show ($(val show))"
expect fun0 "^\\\$[0-9]+ = $fun0\$"
read -r data addr <<<"$(val data)"
[ "$data" = "$addr" ] || fail "empi.data ($data) is not &emps ($addr)"

# The empty interface holding the struct: its _type, and data pointing at a copy.
expect eface '^\$[0-9]+ = \{_type = 0x[0-9a-f]+.*, data = 0x[0-9a-f]+\}$'
expect etype "size = 24, ptrdata = 16, hash = $hash_emp, .*kind = 25 "
expect edata ':[[:space:]]+7[[:space:]]+[0-9]+$'

# The one-method interface holding a struct: value method through its wrapper.
expect rtab "hash = $hash_rect, _ = .*, fun = \{$(val rshow)\}\}\$"
expect rdata ':[[:space:]]+3[[:space:]]+4$'

# Locals, types.
expect locals '^emps = \{num = 7, name = 0x[0-9a-f]+ "emp"\}$'
expect locals '^empi = \{tab = 0x[0-9a-f]+ <.*>, data = 0x[0-9a-f]+\}$'
expect locals '^eface = \{_type = 0x[0-9a-f]+.*, data = 0x[0-9a-f]+\}$'
expect locals '^words = \{array = 0x[0-9a-f]+, len = 2, cap = 2\}$'
expect ptype '^type = struct runtime\.iface \{$'
expect ptype '^ +runtime\.itab \*tab;$'
expect eptype '^ +runtime\._type \*_type;$'
expect whatis '^type = main\.EmpInter$'
expect disas '^Dump of assembler code for function main\.main:$'
expect disas '^=> 0x[0-9a-f]+ <\+[0-9]+>:'
expect disas 'call .*<main\.total>$'

# Breakpoints by Go name; bt with arguments.
expect bt1 '^#0 +main\.\(\*EmpStruct\)\.Show \(e=0x[0-9a-f]+\) at (.*/)?gdb_iface\.go:16$'
expect bt1 '^#1 +0x[0-9a-f]+ in main\.total \(i=\.\.\., scale=2\) at (.*/)?gdb_iface\.go:26$'
expect bt1 '^#2 +0x[0-9a-f]+ in main\.main \(\) at (.*/)?gdb_iface\.go:'"$stop"'$'
expect e '^\$[0-9]+ = \{num = 7, name = 0x[0-9a-f]+ "emp"\}$'
expect bt2 '^#0 +main\.Rect\.Show \(r=\.\.\.\) at (.*/)?gdb_iface\.go:22$'
expect args '^r = \{W = 3, H = 4\}$'
expect i '^i = \{tab = 0x[0-9a-f]+ <.*>, data = 0x[0-9a-f]+\}$'
expect i '^scale = 1$'
echo "gdb_iface.sh: ok"
