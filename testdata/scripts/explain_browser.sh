#!/usr/bin/env bash
# explain_browser.sh: pages made by `mgc explain` work in a real browser.
# tools/browser/explain_test.js loads them in headless Chromium and checks:
# no console errors, a click on a Go line highlights exactly its
# instructions, the itab diagram agrees with `mgc dump -phase=typedata`, and
# the path s.Area() -> call through [tab+24] -> itab fun[0] -> main.Rect.Area
# can be followed by clicking. Screenshots go to $EXPLAIN_SHOTS (default
# build/explain-shots).
#
# It needs chromium (Debian package `chromium`), node and the npm package
# playwright-core (tools/browser/package.json; installed here when npm is
# there). Without them it prints SKIP and why, and passes.
#
# timeout: 300
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
skip() { echo "SKIP explain_browser.sh: $*"; exit 0; }

[ -x "$chromium" ] || skip "no $chromium (apt-get install -y chromium)"
command -v node >/dev/null || skip "no node (apt-get install -y nodejs npm)"
if [ ! -d "$root/tools/browser/node_modules/playwright-core" ]; then
    command -v npm >/dev/null || skip "no npm to install playwright-core (apt-get install -y npm)"
    (cd "$root/tools/browser" && npm install --no-audit --no-fund --silent >/dev/null 2>&1) ||
        skip "npm install in tools/browser failed (no registry?)"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shots="${EXPLAIN_SHOTS:-$root/build/explain-shots}"
mkdir -p "$shots"

# shapes.go with gc's column when go is here (mgc explain -gc), else without
gc=""
command -v go >/dev/null && gc="-gc"
pages=()
# the demo first (the clicking checks use it), then every golden showcase
for src in testdata/demo/shapes.go $(cd "$root" && ls testdata/golden/*.go) \
           testdata/scripts/explain_escape.go; do
    name="$(basename "$src" .go)"
    flags=""
    [ "$name" = shapes ] && flags="$gc"
    (cd "$root/$(dirname "$src")" && "$MGC" explain $flags -o "$work/$name.html" "$(basename "$src")") ||
        { echo "mgc explain $src failed"; exit 1; }
    pages+=("$work/$name.html")
done
(cd "$root/testdata/demo" && "$MGC" explain -N -o "$work/shapes-N.html" shapes.go) || exit 1
pages+=("$work/shapes-N.html")
(cd "$root/testdata/demo" && "$MGC" dump -phase=typedata shapes.go) > "$work/shapes.typedata" || exit 1

node "$root/tools/browser/explain_test.js" --chromium "$chromium" --shots "$shots" \
    --typedata "$work/shapes.typedata" "${pages[@]}"
