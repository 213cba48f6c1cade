#!/usr/bin/env bash
# closed_pipe.sh: writes to a pipe whose reader is gone, as go1.19 treats them
# (issue 15): println's on stderr are dropped and the program goes on to exit 0
# (mgc died of SIGPIPE); fmt's on stdout kill the program with SIGPIPE (= Go's
# epipecheck); on another descriptor the write returns EPIPE.
set -euo pipefail
MGC=${MGC:-./mgc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/p.go" <<'GO'
package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; i < 3; i++ {
		println("to stderr", i)
	}
	if len(os.Args) > 1 {
		fmt.Println("to stdout")
		os.Exit(3)
	}
	os.Exit(4)
}
GO
"$MGC" build -o "$tmp/p" "$tmp/p.go"
# run ARG...: the program with stdout and stderr on a pipe already closed for reading.
python3 - "$tmp/p" <<'PY'
import os, subprocess, sys, signal
def run(*args):
    r, w = os.pipe()
    os.close(r)
    p = subprocess.run([sys.argv[1], *args], stdout=w, stderr=w)
    os.close(w)
    return p.returncode
got = run()
if got != 4:
    sys.exit("println to a closed pipe: exit status %d, want 4" % got)
got = run("stdout")
if got != -signal.SIGPIPE:
    sys.exit("fmt.Println to a closed pipe: exit status %d, want SIGPIPE" % got)
PY
echo ok
