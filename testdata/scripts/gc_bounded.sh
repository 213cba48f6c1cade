#!/usr/bin/env bash
# gc_bounded.sh: a program that allocates 10 GB in total, keeping little alive,
# runs in bounded memory: its peak RSS stays under 200 MB (the Boehm collector
# behind runtime.mallocgc reclaims what is dropped). Its output is go1.19's.
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$MGC" build -o "$tmp/gc_bounded" gc_bounded.go || exit 1
python3 - "$tmp/gc_bounded" <<'PY'
import resource, subprocess, sys
r = subprocess.run([sys.argv[1]], capture_output=True, timeout=120)
peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
if r.returncode != 0 or r.stderr != b"10240 1048576\n":
    sys.exit("gc_bounded.sh: exit %d, stderr %r (want 0, '10240 1048576')" % (r.returncode, r.stderr))
if peak_mb >= 200:
    sys.exit("gc_bounded.sh: peak RSS %d MB, want under 200 MB" % peak_mb)
PY
