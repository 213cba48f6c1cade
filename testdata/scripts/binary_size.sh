#!/usr/bin/env bash
# binary_size.sh: hello world with fmt.Println stays within 256 KiB without -g
# (issue 14; gc's is 1.8 MB): dead code dropped by codegen/deadcode.c, runtime
# functions nothing calls left out by the linker (--gc-sections), no debug
# sections, local symbols or collector symbols (strip -N GC_*), no unwind
# tables in the runtime, its cold half compiled for size.
set -euo pipefail
MGC=${MGC:-./mgc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n' > "$tmp/hello.go"
"$MGC" build -o "$tmp/hello" "$tmp/hello.go"
[ "$("$tmp/hello")" = "hello, world" ] || { echo "hello world printed something else"; exit 1; }
size=$(stat -c %s "$tmp/hello")
limit=$((256 * 1024))
if [ "$size" -gt "$limit" ]; then
    echo "hello world is $size bytes, over $limit"
    exit 1
fi
echo "ok: $size bytes"
