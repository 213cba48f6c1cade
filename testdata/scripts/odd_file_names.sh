#!/usr/bin/env bash
# odd_file_names.sh: source files whose names hold a newline or a double quote
# (go1.19 builds both) compile, with and without -g, and run: the names are
# escaped in the assembly's comments and left out of NASM's %line directives
# (the DWARF line table carries them as bytes), issue 15.
set -euo pipefail
MGC=${MGC:-./mgc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nl=$'new\nline.go'
mkdir "$tmp/q\"d"
for name in "$nl" 'q"d/x"y.go' 'a b.go'; do
    printf 'package main\n\nfunc main() {\n\tprintln("hello")\n}\n' > "$tmp/$name"
    for g in "" "-g"; do
        "$MGC" build $g -o "$tmp/prog" "$tmp/$name"
        got=$("$tmp/prog" 2>&1)
        if [ "$got" != "hello" ]; then
            echo "file '$name' $g: got '$got', want 'hello'"
            exit 1
        fi
    done
done
echo ok
