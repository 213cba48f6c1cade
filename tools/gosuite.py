#!/usr/bin/env python3
"""gosuite.py: run the programs of Go's own test suite that mgc must pass
(`make gosuite`; the lists are testdata/gosuite/public.txt and
public-concurrency.txt, copies of the project's ../shared/gosuite/ lists, and
more-concurrency.txt, the other `// run` programs of the suite that use
goroutines and channels within mini-Go; or the file GOSUITE_LIST names).

Each listed file is read in place from go1.19's test directory (Debian
package golang-1.19-src, installed here when missing and run as root), built
with mgc in its own directory, and run with a timeout. As Go's own runner
does, its standard output and standard error go to one buffer, which must
equal the test's `.out` file (or be empty when there is none), and the exit
status must be 0. One PASS or FAIL line per file, with the reason, then
`N passed, N failed`; the exit status is 1 if any file failed.
"""

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GO_TEST_DIR = "/usr/lib/go-1.19/test"
PACKAGE = "golang-1.19-src"
RUN_TIMEOUT = 30


DEFAULT_LISTS = ("public.txt", "public-concurrency.txt", "more-concurrency.txt")


def default_lists():
    return [os.path.join(ROOT, "testdata", "gosuite", name) for name in DEFAULT_LISTS]


def ensure_go_tests():
    """Install the package holding Go's test suite if it is missing."""
    if os.path.isdir(GO_TEST_DIR):
        return
    if os.geteuid() != 0:
        sys.exit("gosuite: %s is missing; run as root: apt-get install -y %s" % (GO_TEST_DIR, PACKAGE))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", PACKAGE], check=True, env=env)


def listed_files(path):
    with open(path) as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def first_line(data):
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else "(no output)"


def run_one(mgc, rel, tmp):
    """Returns None if rel passes, else the reason it fails."""
    src = os.path.join(GO_TEST_DIR, rel)
    if not os.path.exists(src):
        return "no such file in %s" % GO_TEST_DIR
    directory, name = os.path.split(src)
    exe = os.path.join(tmp, "prog")
    build = subprocess.run([mgc, "build", "-o", exe, name], cwd=directory, capture_output=True)
    if build.returncode != 0:
        return "does not compile: " + first_line(build.stderr)
    try:
        run = subprocess.run([exe], cwd=directory, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timed out after %d s" % RUN_TIMEOUT
    want_path = os.path.splitext(src)[0] + ".out"
    want = open(want_path, "rb").read() if os.path.exists(want_path) else b""
    if run.returncode != 0:
        return "exit status %d: %s" % (run.returncode, first_line(run.stdout))
    if run.stdout != want:
        return "output differs from %s: got %r" % (os.path.basename(want_path) if want else "(empty)",
                                                  first_line(run.stdout))
    return None


def main():
    mgc = os.path.join(ROOT, "mgc")
    ensure_go_tests()
    lists = [os.environ["GOSUITE_LIST"]] if "GOSUITE_LIST" in os.environ else default_lists()
    files = [rel for path in lists for rel in listed_files(path)]
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="gosuite.") as tmp:
        for rel in files:
            reason = run_one(mgc, rel, tmp)
            if reason is None:
                passed += 1
                print("PASS %s" % rel)
            else:
                failed += 1
                print("FAIL %s: %s" % (rel, reason))
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
