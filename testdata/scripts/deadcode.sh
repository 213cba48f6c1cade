#!/usr/bin/env bash
# deadcode.sh: `mgc build` drops what nothing reachable from main names, as
# gc's linker does (codegen/deadcode.c): the program's unused function and the
# library functions it does not call are not in the executable, while what
# it calls (and the methods of its types in use) are; `mgc asm` still shows
# every function compiled.
set -uo pipefail
: "${MGC:?MGC must name the mgc binary}"
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$MGC" build -o "$tmp/prog" deadcode.go || exit 1
out=$("$tmp/prog")
if [ "$out" != "open /nonexistent/deadcode: no such file or directory 9" ]; then
    echo "deadcode.sh: output $out"
    exit 1
fi
nm "$tmp/prog" >"$tmp/syms"
for sym in main.main os.ReadFile os.OpenFile main.square.area 'syscall.Errno.Error'; do
    grep -qF " $sym" "$tmp/syms" || { echo "deadcode.sh: $sym missing from the executable"; exit 1; }
done
for sym in main.unused os.MkdirTemp os.Setenv io.MultiReader io.ReadAtLeast; do
    if grep -qF " $sym" "$tmp/syms"; then
        echo "deadcode.sh: $sym should have been dropped"
        exit 1
    fi
done
"$MGC" asm deadcode.go >"$tmp/asm" || exit 1
grep -q '^main.unused:' "$tmp/asm" && grep -q '^os.MkdirTemp:' "$tmp/asm" || {
    echo "deadcode.sh: mgc asm should show every function"
    exit 1
}
