#!/usr/bin/env bash
# driver.sh: the mgc command's contract (DESIGN.md "The command"): exit status
# 0 ok, 1 compile error, 2 usage error; `mgc run` passes the program's status
# through and leaves no temporary files; `mgc asm` is deterministic; a
# directory is compiled as one program.
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
expect() {  # expect STATUS DESCRIPTION -- command...
    local want=$1 what=$2; shift 3
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [ "$got" != "$want" ]; then
        echo "driver.sh: $what: exit status $got, want $want"; cat "$tmp/err"; failures=$((failures + 1))
    fi
}

printf 'package main\n\nimport "os"\n\nfunc main() {\n\tprintln("bye")\n\tos.Exit(7)\n}\n' >"$tmp/exit7.go"
printf 'package main\n\nfunc main() {\n\tx := 1\n}\n' >"$tmp/bad.go"
mkdir "$tmp/prog"
printf 'package main\n\nfunc main() {\n\tprintln(helper())\n}\n' >"$tmp/prog/a.go"
printf 'package main\n\nfunc helper() string {\n\treturn "from b.go"\n}\n' >"$tmp/prog/b.go"

expect 2 "no command" -- "$MGC"
expect 2 "unknown command" -- "$MGC" frobnicate x.go
expect 2 "unknown flag" -- "$MGC" build -frob "$tmp/exit7.go"
expect 2 "missing file" -- "$MGC" asm
expect 0 "version" -- "$MGC" version
expect 0 "help" -- "$MGC" help
expect 1 "compile error" -- "$MGC" build -o "$tmp/bad" "$tmp/bad.go"
grep -q 'bad.go:4:2: x declared but not used' "$tmp/err" || { echo "driver.sh: no file:line:col error"; failures=$((failures + 1)); }
[ -e "$tmp/bad" ] && { echo "driver.sh: a failed build left an executable"; failures=$((failures + 1)); }

export TMPDIR="$tmp/scratch"
mkdir "$TMPDIR"
expect 7 "run passes the exit status through" -- "$MGC" run "$tmp/exit7.go"
grep -qx bye "$tmp/err" || { echo "driver.sh: run lost the program's output"; failures=$((failures + 1)); }
[ -z "$(ls -A "$TMPDIR")" ] || { echo "driver.sh: run left temporary files: $(ls "$TMPDIR")"; failures=$((failures + 1)); }

expect 0 "a directory is one program" -- "$MGC" run "$tmp/prog"
grep -qx "from b.go" "$tmp/err" || { echo "driver.sh: directory build printed $(cat "$tmp/err")"; failures=$((failures + 1)); }

"$MGC" asm "$tmp/exit7.go" >"$tmp/a1.asm" && "$MGC" asm "$tmp/exit7.go" >"$tmp/a2.asm"
cmp -s "$tmp/a1.asm" "$tmp/a2.asm" || { echo "driver.sh: mgc asm is not deterministic"; failures=$((failures + 1)); }
[ -z "$(ls -A "$TMPDIR")" ] || { echo "driver.sh: temporary files left behind"; failures=$((failures + 1)); }

exit $((failures > 0))
