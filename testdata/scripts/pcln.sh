#!/usr/bin/env bash
# pcln.sh: the pc-line table of tracebacks (docs/ABI.md §8). `mgc dump
# -phase=pcln` lists each function with its absolute file and the line of each
# labelled pc, optimized and with -N; `mgc asm` leaves the table out (listings
# name no absolute path); an executable built with -g has it too, and its
# traceback names the source by absolute path from whatever directory it runs
# in, with the line of every frame.
set -euo pipefail
MGC=${MGC:-./mgc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/src" "$tmp/elsewhere"
cat > "$tmp/src/crash.go" <<'EOF'
package main

func inner(s []int, i int) int {
	return s[i]
}

func outer(n int) int {
	s := make([]int, n)
	return inner(s, n) + 1
}

func main() {
	println(outer(3))
}
EOF
src=$(cd "$tmp/src" && pwd -P)/crash.go

fail() { echo "pcln.sh: $*"; exit 1; }

for flags in "" "-N"; do
    "$MGC" dump $flags -phase=pcln "$tmp/src/crash.go" > "$tmp/dump"
    grep -qx "func main.inner  $src  (4 argument words)" "$tmp/dump" ||
        fail "dump $flags: no record of main.inner: $(head -3 "$tmp/dump")"
    grep -qE '^    \+0 +line 3 +\(entry\)$' "$tmp/dump" || fail "dump $flags: no entry line 3"
    grep -qE '^    \.pc[0-9]+ +line 9 +return inner\(s, n\) \+ 1$' "$tmp/dump" ||
        fail "dump $flags: no label for line 9"
done

"$MGC" asm "$tmp/src/crash.go" > "$tmp/crash.asm"
if grep -q 'pclntab' "$tmp/crash.asm"; then fail "mgc asm wrote the pc-line table"; fi

"$MGC" build -g -o "$tmp/crash" "$tmp/src/crash.go"
set +e
(cd "$tmp/elsewhere" && ../crash) > /dev/null 2> "$tmp/err"
code=$?
set -e
[ "$code" = 2 ] || fail "exit status $code, want 2"
want="panic: runtime error: index out of range [3] with length 3

goroutine 1 [running]:
main.inner(...)
	$src:4
main.outer(...)
	$src:9
main.main()
	$src:13"
got=$(sed 's/ +0x[0-9a-f]*$//' "$tmp/err")
[ "$got" = "$want" ] || fail "traceback differs:
$got
want:
$want"
echo ok
