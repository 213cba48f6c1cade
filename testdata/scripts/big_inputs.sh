#!/usr/bin/env bash
# big_inputs.sh: programs with 50,000 functions, package variables, map
# literal entries and iota constants, which took mgc minutes while the checker
# compared names and keys pair by pair (issue 15), compile within a generous
# bound and run. Expected outputs are what go1.19 prints for them.
# timeout: 600
set -euo pipefail
MGC=${MGC:-./mgc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
N=50000

python3 - "$tmp" "$N" <<'PY'
import sys
d, n = sys.argv[1], int(sys.argv[2])
progs = {
    'funcs':  ''.join('func f%d() int { return %d }\n' % (i, i) for i in range(n)) +
              'func main() { println(f7() + f%d()) }\n' % (n - 1),
    'vars':   ''.join('var v%d = v%d + 1\n' % (i, i + 1) for i in range(n - 1)) +
              'var v%d = 1\nfunc main() { println(v0) }\n' % (n - 1),
    'maplit': 'var m = map[string]int{\n' + ''.join('"k%d": %d,\n' % (i, i) for i in range(n)) +
              '}\nfunc main() { println(len(m), m["k77"]) }\n',
    'iota':   'const (\n\tc0 = iota\n' + ''.join('\tc%d\n' % i for i in range(1, n)) +
              ')\nfunc main() { println(c%d) }\n' % (n - 1),
}
for k, body in progs.items():
    open('%s/%s.go' % (d, k), 'w').write('package main\n\n' + body)
PY

check() {  # check NAME WANT
    if ! timeout 120 "$MGC" build -o "$tmp/$1" "$tmp/$1.go"; then
        echo "$1: did not compile within 120 s"
        exit 1
    fi
    got=$("$tmp/$1" 2>&1)
    [ "$got" = "$2" ] || { echo "$1: got '$got', want '$2'"; exit 1; }
}
check funcs 50006
check vars 50000
check maplit "50000 77"
check iota 49999
echo ok
