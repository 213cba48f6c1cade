#!/usr/bin/env bash
# long_function_lines.sh: a function of 70,000 statements has more than 65,535
# pc-line records; its panic traceback still names the right line (the record
# count was 16 bits, so the runtime read the first 4,464 only, issue 15). go1.19
# prints the same line.
set -euo pipefail
MGC=${MGC:-./mgc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/long.go" <<'PY'
import sys
n = 70000
body = ''.join('\tx += %d\n' % (i % 7) for i in range(n))
open(sys.argv[1], 'w').write('package main\n\nfunc main() {\n\tx := 0\n' + body +
                             '\tif x > 0 {\n\t\tpanic(x)\n\t}\n}\n')
PY
"$MGC" build -o "$tmp/long" "$tmp/long.go"
set +e
"$tmp/long" 2> "$tmp/err"
status=$?
set -e
if [ $status -ne 2 ] || ! grep -q "panic: 210000" "$tmp/err" || ! grep -q "long.go:70006 " "$tmp/err"; then
    echo "exit status $status, stderr:"
    head -c 600 "$tmp/err"
    exit 1
fi
echo ok
