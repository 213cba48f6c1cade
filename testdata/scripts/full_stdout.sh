#!/usr/bin/env bash
# full_stdout.sh: `mgc asm` and `mgc dump` on a full disk (/dev/full) report
# the write error and exit 1 instead of losing the output and exiting 0.
set -uo pipefail
MGC=${MGC:-./mgc}
src=testdata/golden/fib.go
for cmd in "asm" "dump -phase=lower" "dump -phase=ssa"; do
    err=$($MGC $cmd $src 2>&1 >/dev/full)
    status=$?
    if [ $status -ne 1 ] || ! grep -q "mgc: error writing standard output" <<<"$err"; then
        echo "mgc $cmd > /dev/full: exit status $status, stderr: $err"
        exit 1
    fi
done
echo ok
