#!/usr/bin/env bash
# parallel_parts.sh: a large program is assembled in parts, one nasm process
# each, -j of them at a time (codegen/amd64/module.c amd64_emit_parts), and
# the parts link into the program: go1.19's output, one nasm at a time or
# several, and tracebacks that cross from one part into another name every
# frame (each part carries
# the pc-line records of its functions, in section mgc_pclntab). The expected
# output and traceback are go1.19's for the same program (offsets and argument
# words left out).
# timeout: 600
set -euo pipefail
MGC=${MGC:-./mgc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# tools/genprog.py's 10,000-line program, with `first` as its first function
# and `crash` as its last, so that the traceback runs from the last part into
# the first one.
python3 tools/genprog.py 10000 | python3 -c '
import sys
src = sys.stdin.read()
src = src.replace("import \"fmt\"\n", "import (\n\t\"fmt\"\n\t\"os\"\n)\n\n"
                  "// first is the first function, in the first part; crash is the last.\n"
                  "func first(n int) int { return crash(n) + 1 }\n", 1)
src += """
func crash(n int) int {
	if n == 0 {
		var m map[string]int
		m["x"] = 1
	}
	return crash(n-1) + 1
}

func init() {
	if len(os.Args) > 1 {
		fmt.Println(first(2))
	}
}
"""
sys.stdout.write(src)' > "$tmp/big.go"

fail() { echo "$1"; exit 1; }

"$MGC" build -x -j 1 -o "$tmp/one" "$tmp/big.go" 2> "$tmp/one.x"
"$MGC" build -x -j 4 -o "$tmp/parts" "$tmp/big.go" 2> "$tmp/parts.x"
one=$(grep -c '^nasm' "$tmp/one.x")
parts=$(grep -c '^nasm' "$tmp/parts.x")
[ "$one" -ge 2 ] || fail "-j 1: 10,000 lines were assembled in $one file (nasm is slower on large ones)"
[ "$parts" -gt "$one" ] || fail "-j 4: $parts files, no more than -j 1's $one"

want="units 161 check 41277"
[ "$("$tmp/one")" = "$want" ] || fail "one part: got '$("$tmp/one")', want '$want'"
[ "$("$tmp/parts")" = "$want" ] || fail "$parts parts: got '$("$tmp/parts")', want '$want'"

cat > "$tmp/want.trace" <<'TRACE'
panic: assignment to entry in nil map

goroutine 1 [running]:
main.crash(...)
	big.go:9518
main.crash(...)
	big.go:9520
main.crash(...)
	big.go:9520
main.first(...)
	big.go:10
main.init.0()
	big.go:9525
TRACE
set +e
"$tmp/parts" crash 2> "$tmp/got.raw"
status=$?
set -e
[ $status = 2 ] || fail "the crash exited with status $status, want 2"
sed -E 's/ \+0x[0-9a-f]+//; s|^\t/.*/big.go|\tbig.go|' "$tmp/got.raw" | head -13 > "$tmp/got.trace"
diff "$tmp/want.trace" "$tmp/got.trace" || fail "the traceback across parts differs (above)"
echo ok
