#!/usr/bin/env bash
# deep_nesting.sh: programs nested 10,000 deep, which gc compiles, compile and
# run (the compiler walks the tree recursively on a 1 GiB stack, driver/main.c),
# and nesting past the parser's limit is a diagnostic, not a crash. The expected
# outputs are what the go1.19 builds of the same programs print.
set -euo pipefail
MGC=${MGC:-./mgc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# gen NAME N: the program of kind NAME nested N deep.
gen() {
    python3 - "$1" "$2" <<'PY'
import sys
k, n = sys.argv[1], int(sys.argv[2])
body = {
    'binary':   '\tx := 1\n\ty := ' + '+'.join(['x'] * n) + '\n\tprintln(y)\n',
    'rightbin': '\tx := 1\n\ty := ' + 'x+(' * n + 'x' + ')' * n + '\n\tprintln(y)\n',
    'calls':    '\tprintln(' + 'f(' * n + '1' + ')' * n + ')\n',
    'index':    '\ta := []int{0}\n\tprintln(' + 'a[' * n + '0' + ']' * n + ')\n',
    'selector': '\tp := &N{v: 7}\n\tp.next = p\n\tprintln(p' + '.next' * n + '.v)\n',
    'paren':    '\tx := 1\n\tprintln(' + '(' * n + 'x' + ')' * n + ')\n',
    'ifs':      '\tx := 1\n' + 'if x > 0 {\n' * n + 'x++\n' + '}\n' * n + '\tprintln(x)\n',
    'funclits': '\tx := 0\n\t' + 'func() {' * n + ' x++ ' + '}()' * n + '\n\tprintln(x)\n',
}[k]
print('package main\n\ntype N struct {\n\tnext *N\n\tv    int\n}\n\n'
      'func f(a int) int { return a }\n\nvar _ = f\nvar _ = N{}\n\nfunc main() {\n' + body + '}')
PY
}

check() {  # check NAME N WANT
    gen "$1" "$2" > "$tmp/$1.go"
    "$MGC" build -o "$tmp/$1" "$tmp/$1.go"
    got=$("$tmp/$1" 2>&1)
    if [ "$got" != "$3" ]; then
        echo "$1 nested $2 deep: got '$got', want '$3'"
        exit 1
    fi
}

check binary 10000 10000
check rightbin 10000 10001
check calls 10000 1
check index 10000 0
check selector 10000 7
check paren 10000 1
check ifs 10000 2
check funclits 3000 1

# Literals nested d deep are named main.main.func1.1.1..., d names of up to
# 2d bytes. Comments and symbols cut them short, so the assembly grows
# linearly with d, once past the cut (whole, it grew as d^2: 10,000 deep
# made 130 MB).
gen funclits 1000 > "$tmp/lits1k.go"
gen funclits 2000 > "$tmp/lits2k.go"
small=$("$MGC" asm "$tmp/lits1k.go" | wc -c)
large=$("$MGC" asm "$tmp/lits2k.go" | wc -c)
if [ $((large * 10)) -gt $((small * 23)) ]; then
    echo "nested literals: the assembly grew from $small bytes (1,000 deep) to $large (2,000 deep)"
    exit 1
fi

# Past the parser's depth limit: a diagnostic at a position, exit status 1.
gen calls 300000 > "$tmp/toodeep.go"
set +e
"$MGC" build -o "$tmp/toodeep" "$tmp/toodeep.go" 2> "$tmp/err"
status=$?
set -e
if [ $status -ne 1 ] || ! grep -q "toodeep.go:[0-9]*:[0-9]*: syntax error: program too deeply nested" "$tmp/err"; then
    echo "300,000 nested calls: exit status $status, stderr:"
    head -c 500 "$tmp/err"
    exit 1
fi
echo ok
