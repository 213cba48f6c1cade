#!/bin/sh
# deps.sh: make sure the packages mgc needs are installed (Debian 12).
# As root it installs what is missing with apt-get; otherwise it prints the
# exact command to run and fails.
set -e
need=""
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
for pkg in gcc g++ make flex bison nasm libgc-dev libgmp-dev libssl-dev libre2-dev python3 gdb; do
    have "$pkg" || need="$need $pkg"
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "deps: installing$need"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$need
else
    echo "deps: missing packages. Run as root:"
    echo "    apt-get install -y$need"
    exit 1
fi
