#!/usr/bin/env bash
# time_local.sh: time.Local follows $TZ as Go's does (unset: /etc/localtime,
# named "Local"; empty or unknown: UTC; a zone name: that zone's rules).
# time_local.expected is go1.19's output of time_local.go under each TZ below, in order (made on a
# machine whose /etc/localtime is UTC, as the test machines' is).
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$MGC" build -o "$tmp/prog" time_local.go || exit 1
{
    echo "== TZ unset"
    env -u TZ "$tmp/prog" || echo "exit status $?"
    for tz in UTC "" Europe/Berlin America/New_York Asia/Kolkata Australia/Lord_Howe :Asia/Tokyo Nowhere/Else; do
        echo "== TZ=$tz"
        TZ=$tz "$tmp/prog" || echo "exit status $?"
    done
} >"$tmp/got" 2>&1
diff -u time_local.expected "$tmp/got" || exit 1
