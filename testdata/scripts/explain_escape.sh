#!/usr/bin/env bash
# explain_escape.sh: `mgc explain` keeps every byte of the source out of the
# page's markup: the only </script> tags are the page's own two, the JSON
# document parses, and it holds the source text unchanged.
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
cd "$(dirname "$0")"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$MGC" explain -o "$out" explain_escape.go || { echo "mgc explain failed"; exit 1; }
n="$(grep -o '</script>' "$out" | wc -l)"
[ "$n" = 2 ] || { echo "explain_escape.sh: $n </script> tags, want the page's 2"; exit 1; }
python3 - "$out" explain_escape.go <<'PY' || exit 1
import json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<script type="application/json" id="mgc-data">(.*?)</script>', page, re.S)
if not m:
    sys.exit("explain_escape.sh: no data block")
data = json.loads(m.group(1))
if data["files"][0]["text"] != open(sys.argv[2], encoding="utf-8").read():
    sys.exit("explain_escape.sh: the source text in the page differs from the file")
if "<img" in page.split('<script type="application/json"')[0]:
    sys.exit("explain_escape.sh: source text in the page's markup")
PY
