#!/usr/bin/env python3
"""m_agreement.py FILE.go...: how far `mgc build -m` agrees with go1.19's
`go build -gcflags=-m` (needs go). For each program, gc's decision lines are
split by kind; a line agrees when mgc prints the same line (same position,
same words). Prints per kind: gc's lines, mgc's lines, agreeing lines."""
import os, re, subprocess, sys, tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = [("can inline", r": can inline "), ("inlining call", r": inlining call to "),
         ("escape", r": (moved to heap|.* escapes to heap|.* does not escape|leaking param)")]


def lines_of(text, name):
    out = []
    for l in text.splitlines():
        l = l.replace("./", "", 1) if l.startswith("./") else l
        if l.startswith(name + ":"):
            out.append(l)
    return out


def main():
    totals = {k: [0, 0, 0] for k, _ in KINDS}
    for src in sys.argv[1:]:
        name = os.path.basename(src)
        with tempfile.TemporaryDirectory() as d:
            with open(src) as f, open(os.path.join(d, name), "w") as g:
                g.write(f.read())
            with open(os.path.join(d, "go.mod"), "w") as g:
                g.write("module m\ngo 1.19\n")
            gc = subprocess.run(["go", "build", "-gcflags=-m", "-o", "/dev/null", "."], cwd=d,
                                capture_output=True, text=True).stderr
            mg = subprocess.run([os.path.join(ROOT, "mgc"), "build", "-m", "-o", os.path.join(d, "x"), name],
                                cwd=d, capture_output=True, text=True).stderr
        gl, ml = Counter(lines_of(gc, name)), Counter(lines_of(mg, name))
        for kind, rx in KINDS:
            g = Counter({l: n for l, n in gl.items() if re.search(rx, l)})
            m = Counter({l: n for l, n in ml.items() if re.search(rx, l)})
            t = totals[kind]
            t[0] += sum(g.values()); t[1] += sum(m.values()); t[2] += sum((g & m).values())
    print("%-14s %8s %8s %8s" % ("kind", "gc", "mgc", "agree"))
    for kind, _ in KINDS:
        g, m, a = totals[kind]
        print("%-14s %8d %8d %8d  (%.0f%% of gc's)" % (kind, g, m, a, 100.0 * a / g if g else 100))


if __name__ == "__main__":
    main()
