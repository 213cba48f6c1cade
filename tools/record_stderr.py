#!/usr/bin/env python3
"""record_stderr.py: record the expected stderr of run tests from go1.19.

    tools/record_stderr.py [--check] [NAME ...]

For each testdata/run test NAME (default: every test whose NAME.code is not
0), the program is built with `go build` inside its directory and run there
(with NAME.in on stdin, if any); its stderr is written to NAME.err with the
test's directory written as `$DIR`, so that the tracebacks' paths
(`\t$DIR/NAME.go:7 +0x77`) compare wherever the repository is checked out
(tools/runtests.py puts `$DIR` in mgc's output the same way). Paths into Go's
own sources (/usr/lib/go-1.19/src/...) are kept as go1.19 prints them.

The program's stdout and exit status must still equal NAME.out and NAME.code:
a test whose expectations came from elsewhere is reported, not rewritten.
--check reports what would change without writing.
"""

import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_DIR = os.path.join(ROOT, "testdata", "run")


def read(path, default=b""):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


def sources(test):
    """The .go files of a test (base names) and the directory go builds in."""
    if os.path.isdir(test):
        return sorted(f for f in os.listdir(test) if f.endswith(".go")), test
    return [os.path.basename(test)], os.path.dirname(test)


def record(name, check):
    """Build and run one test with go1.19; returns a problem, or None."""
    test = os.path.join(RUN_DIR, name)
    if not os.path.isdir(test):
        test += ".go"
    base = os.path.join(RUN_DIR, name)
    files, cwd = sources(test)
    with tempfile.TemporaryDirectory(prefix="record.") as tmp:
        exe = os.path.join(tmp, "prog")
        b = subprocess.run(["go", "build", "-o", exe] + files, cwd=cwd, capture_output=True)
        if b.returncode != 0:
            return "go build failed: " + b.stderr.decode(errors="replace").strip()
        stdin = base + ".in" if os.path.exists(base + ".in") else os.devnull
        with open(stdin, "rb") as f:
            p = subprocess.run([exe], cwd=cwd, stdin=f, capture_output=True, timeout=120)
    want_code = int(read(base + ".code", b"0").strip() or b"0")
    if p.stdout != read(base + ".out") or p.returncode != want_code:
        return "stdout or exit status (%d) differ from the recorded ones" % p.returncode
    testdir = os.path.realpath(test if os.path.isdir(test) else os.path.dirname(test))
    err = p.stderr.replace((testdir + "/").encode(), b"$DIR/")
    if err == read(base + ".err"):
        return None
    print(("would rewrite " if check else "rewrote ") + os.path.relpath(base + ".err", ROOT))
    if not check:
        with open(base + ".err", "wb") as f:
            f.write(err)
    return None


def failing_tests():
    """Every run test that expects a non-zero exit status."""
    names = []
    for f in sorted(os.listdir(RUN_DIR)):
        if f.endswith(".code") and read(os.path.join(RUN_DIR, f)).strip() not in (b"", b"0"):
            names.append(f[:-len(".code")])
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="report, do not write")
    ap.add_argument("names", nargs="*", help="tests (default: those exiting non-zero)")
    args = ap.parse_args()
    problems = 0
    for name in args.names or failing_tests():
        problem = record(name, args.check)
        if problem:
            print("%s: %s" % (name, problem), file=sys.stderr)
            problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
