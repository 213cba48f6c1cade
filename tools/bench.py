#!/usr/bin/env python3
"""bench.py: mgc's benchmarks against go1.19 (`make bench`).

Every testdata/bench/NAME.go is built three ways: `mgc build` (optimized),
`mgc build -N` (unoptimized, today's teaching code) and, when `go` is
installed, `go build` (go1.19). The outputs of all three must be equal: a
benchmark that prints a different answer is reported as a failure, not timed.

Two measures:

  time (default)   wall time. The binaries run interleaved, round after round
                   (mgc, mgc -N, go, mgc, ...), so a noisy machine slows all
                   of them alike; each program's figure is the median of its
                   rounds, and the ratio to go is the median of the per-round
                   ratios.
  --callgrind      instructions executed (callgrind's Ir), one run each with
                   the argument `small` (a twentieth of the work, see each
                   program's work()): stable from run to run, so it is the
                   figure to compare before and after a change. Go binaries
                   run with GODEBUG=cpu.rdtscp=off, which valgrind 3.19 needs
                   on AMD hosts (it cannot decode RDTSCP), and asyncpreemptoff=1
                   (callgrind asserts on the preemption signals' sigreturn).

Both end with the geometric mean of the ratios to go (and of -N to go).

  --build          build time and binary size instead, on programs of
                   --lines lines (10000 and 50000) from tools/genprog.py:
                   `mgc build` against `go build` with a warm cache after a
                   source change (the program is built once, then a comment
                   is added and it is built again, as a developer rebuilds);
                   the binaries' outputs must be equal.
"""

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "testdata", "bench")


def build(tmp, name, src, have_go):
    """{kind: executable} for one program; raises on a failed build."""
    exes = {}
    for kind, flags in (("mgc", []), ("mgc -N", ["-N"])):
        exe = os.path.join(tmp, name + (".mgcN" if flags else ".mgc"))
        subprocess.run([os.path.join(ROOT, "mgc"), "build"] + flags + ["-o", exe, src], check=True)
        exes[kind] = exe
    if have_go:
        gosrc = os.path.join(tmp, name + ".go")
        shutil.copy(src, gosrc)
        exe = os.path.join(tmp, name + ".gobin")
        env = dict(os.environ, GO111MODULE="off")
        subprocess.run(["go", "build", "-o", exe, gosrc], check=True, cwd=tmp, env=env)
        exes["go"] = exe
    return exes


def run_timed(exe, args):
    """(seconds, stdout) of one run."""
    start = time.perf_counter()
    p = subprocess.run([exe] + args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start, p.stdout


def run_callgrind(exe, kind, args, tries=3):
    """(instructions, stdout) of one run under callgrind. valgrind now and then
    dies inside Go's threaded runtime, so a failed run is tried again."""
    env = dict(os.environ)
    if kind == "go":
        env["GODEBUG"] = "cpu.rdtscp=off,asyncpreemptoff=1"
    for _ in range(tries):
        with tempfile.NamedTemporaryFile(prefix="bench.out.") as out:
            p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                                "--log-file=" + out.name, exe] + args,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
            for line in open(out.name):
                if p.returncode == 0 and "Collected :" in line:
                    return int(line.split(":")[1].replace(",", "").strip()), p.stdout
    raise RuntimeError("no instruction count from callgrind for " + exe)


def measure(exes, rounds, callgrind):
    """{kind: figure}, {kind: output} for one program."""
    if callgrind:
        figs, outs = {}, {}
        for kind, exe in exes.items():
            figs[kind], outs[kind] = run_callgrind(exe, kind, ["small"])
        return figs, outs, {}
    samples = {k: [] for k in exes}
    outs = {}
    for _ in range(rounds):
        for kind, exe in exes.items():
            t, outs[kind] = run_timed(exe, [])
            samples[kind].append(t)
    ratios = {}
    if "go" in exes:
        for kind in exes:
            ratios[kind] = statistics.median(a / b for a, b in zip(samples[kind], samples["go"]))
    return {k: statistics.median(v) for k, v in samples.items()}, outs, ratios


def build_row(tmp, lines, have_go):
    """(mgc seconds, mgc bytes, go seconds, go bytes, same output) for one size."""
    d = os.path.join(tmp, "gen%d" % lines)
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, "main.go")
    subprocess.run([sys.executable, os.path.join(ROOT, "tools", "genprog.py"), str(lines), src], check=True)
    exe = os.path.join(d, "prog.mgc")
    t0 = time.perf_counter()
    subprocess.run([os.path.join(ROOT, "mgc"), "build", "-o", exe, src], check=True)
    mgc_s = time.perf_counter() - t0
    outs = [subprocess.run([exe], stdout=subprocess.PIPE, check=True).stdout]
    row = [mgc_s, os.path.getsize(exe), None, None]
    if have_go:
        with open(os.path.join(d, "go.mod"), "w") as f:
            f.write("module gen\ngo 1.19\n")
        gexe = os.path.join(d, "prog.gobin")
        subprocess.run(["go", "build", "-o", gexe, "."], cwd=d, check=True)  # warms the cache
        with open(src, "a") as f:
            f.write("\n// a source change\n")
        t0 = time.perf_counter()
        subprocess.run(["go", "build", "-o", gexe, "."], cwd=d, check=True)
        row[2:] = [time.perf_counter() - t0, os.path.getsize(gexe)]
        outs.append(subprocess.run([gexe], stdout=subprocess.PIPE, check=True).stdout)
    return row + [len(set(outs)) == 1]


def build_bench(sizes, have_go):
    print("# build time (one run each) and binary size; go: warm cache, after a source change")
    print("%-8s %10s %10s %8s %12s %12s %8s" % ("lines", "mgc", "go1.19", "mgc/go", "mgc bytes", "go bytes", "mgc/go"))
    failed = 0
    with tempfile.TemporaryDirectory(prefix="mgcbuild.") as tmp:
        for lines in sizes:
            mt, ms, gt, gs, same = build_row(tmp, lines, have_go)
            if not same:
                print("%-8d FAIL: the outputs differ" % lines)
                failed += 1
                continue
            ratio = lambda a, b: "%.2fx" % (a / b) if b else "-"
            print("%-8d %9.2fs %10s %8s %12s %12s %8s" % (
                lines, mt, "%.2fs" % gt if gt else "-", ratio(mt, gt), "{:,}".format(ms),
                "{:,}".format(gs) if gs else "-", ratio(ms, gs)), flush=True)
    return 1 if failed else 0


def fmt(kind, v, callgrind):
    if v is None:
        return "-"
    return "{:,}".format(v) if callgrind else "%.3fs" % v


def main():
    ap = argparse.ArgumentParser(description="mgc's benchmarks (see the docstring)")
    ap.add_argument("--callgrind", action="store_true", help="count instructions instead of timing")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds per program (time mode)")
    ap.add_argument("--build", action="store_true", help="build time and binary size (tools/genprog.py)")
    ap.add_argument("--lines", type=int, nargs="*", default=[10000, 50000], help="program sizes for --build")
    ap.add_argument("filters", nargs="*", help="only programs whose name contains one of these")
    args = ap.parse_args()

    have_go = shutil.which("go") is not None
    if args.build:
        return build_bench(args.lines, have_go)
    names = sorted(f[:-3] for f in os.listdir(BENCH) if f.endswith(".go"))
    if args.filters:
        names = [n for n in names if any(s in n for s in args.filters)]
    kinds = ["mgc", "mgc -N"] + (["go"] if have_go else [])
    unit = "instructions (callgrind Ir, `small`)" if args.callgrind else "wall time, median of %d interleaved rounds" % args.rounds
    print("# %s" % unit)
    print("%-15s %16s %16s %16s %9s %9s" % ("benchmark", "mgc", "mgc -N", "go1.19", "mgc/go", "-N/go"))
    logs = {"mgc": [], "mgc -N": []}
    failed = 0
    with tempfile.TemporaryDirectory(prefix="mgcbench.") as tmp:
        for name in names:
            exes = build(tmp, name, os.path.join(BENCH, name + ".go"), have_go)
            figs, outs, ratios = measure(exes, args.rounds, args.callgrind)
            if len(set(outs.values())) != 1:
                print("%-15s FAIL: the outputs differ (%s)" % (name, ", ".join(kinds)))
                failed += 1
                continue
            row = [fmt(k, figs.get(k), args.callgrind) for k in ("mgc", "mgc -N", "go")]
            rs = []
            for k in ("mgc", "mgc -N"):
                r = ratios.get(k) if not args.callgrind else (figs[k] / figs["go"] if have_go else None)
                rs.append("%.2fx" % r if r else "-")
                if r:
                    logs[k].append(math.log(r))
            print("%-15s %16s %16s %16s %9s %9s" % tuple([name] + row + rs), flush=True)
    if logs["mgc"]:
        g = [math.exp(sum(v) / len(v)) for v in (logs["mgc"], logs["mgc -N"])]
        print("%-15s %16s %16s %16s %8.2fx %8.2fx" % ("geomean", "", "", "", g[0], g[1]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
