#!/usr/bin/env bash
# explain_gc.sh: `mgc explain -gc` adds go1.19's assembly per function, each
# instruction with its Go line; without go it says why the column is missing.
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
mgc="$(command -v "$MGC")"
mgc="$(cd "$(dirname "$mgc")" && pwd)/$(basename "$mgc")"   # absolute: PATH changes below
cd "$(dirname "$0")/../golden"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# data PAGE PYTHON: run PYTHON with `d`, the page's JSON document
data() {
    python3 - "$1" "$2" <<'PY'
import json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
d = json.loads(re.search(r'id="mgc-data">(.*?)</script>', page, re.S).group(1))
exec(sys.argv[2])
PY
}

PATH=/nonexistent "$mgc" explain -gc -o "$work/nogo.html" iface_call.go || exit 1
data "$work/nogo.html" '
assert not d["gc"]["on"], "gc column without go"
assert "not installed" in d["gc"]["why"], d["gc"]["why"]
' || { echo "explain_gc.sh: without go the page must say why gc's column is missing"; exit 1; }

command -v go >/dev/null || { echo "SKIP explain_gc.sh: no go for the -gc column itself"; exit 0; }
"$mgc" explain -gc -o "$work/gc.html" iface_call.go || exit 1
data "$work/gc.html" '
assert d["gc"]["on"], d["gc"]["why"]
use = next(f for f in d["funcs"] if f["sym"] == "main.use")
rows = use["gc"]
assert rows and all(r[2] == "iface_call.go" for r in rows), rows
assert any(r[0] == 17 and "CALL" in r[1] for r in rows), "gc calls through the itab on line 17"
' || { echo "explain_gc.sh: gc's assembly of main.use is missing or has no lines"; exit 1; }
