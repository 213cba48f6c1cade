#!/usr/bin/env bash
# deadcode.sh: `mgc build` drops what nothing reachable from main names, as
# gc's linker does (codegen/deadcode.c): the program's unused function, the
# library functions it does not call and the exported methods no live
# interface names are not in the executable, while what it calls and the
# methods interfaces (or the runtime's panic printing) may call are; `mgc asm`
# still shows every function compiled.
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
for sym in main.main os.ReadFile os.OpenFile main.square.Area main.square.String \
           'syscall.Errno.Error' 'os.$28$2aFile$29.Write'; do
    grep -qF " $sym" "$tmp/syms" || { echo "deadcode.sh: $sym missing from the executable"; exit 1; }
done
for sym in main.unused os.MkdirTemp os.Setenv io.MultiReader io.ReadAtLeast \
           main.square.Perimeter 'os.$28$2aFile$29.Seek' 'os.$28$2aFile$29.ReadFrom' io.Copy; do
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
