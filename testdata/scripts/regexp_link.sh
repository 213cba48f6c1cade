#!/usr/bin/env bash
# regexp_link.sh: only a program that imports regexp is linked with Debian's
# RE2 and the C++ library (driver/tools.c, runtime/regexp.cc); others do not
# depend on them.
set -euo pipefail
MGC=${MGC:-./mgc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("plain")\n}\n' > "$tmp/plain.go"
printf 'package main\n\nimport (\n\t"fmt"\n\t"regexp"\n)\n\nfunc main() {\n\tfmt.Println(regexp.MustCompile(`a+`).FindString("baaa"))\n}\n' > "$tmp/re.go"
"$MGC" build -o "$tmp/plain" "$tmp/plain.go"
"$MGC" build -o "$tmp/re" "$tmp/re.go"
[ "$("$tmp/plain")" = "plain" ] || { echo "plain printed something else"; exit 1; }
[ "$("$tmp/re")" = "aaa" ] || { echo "the regexp program printed something else"; exit 1; }
needed() { readelf -d "$1" | grep NEEDED || true; }
if needed "$tmp/plain" | grep -q 'libre2\|libstdc++'; then
    echo "a program without regexp depends on RE2:"; needed "$tmp/plain"; exit 1
fi
if ! needed "$tmp/re" | grep -q libre2; then
    echo "the regexp program does not depend on libre2:"; needed "$tmp/re"; exit 1
fi
echo ok
