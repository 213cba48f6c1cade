#!/usr/bin/env python3
"""difftest.py: differential testing of mgc against go1.19 (`make difftest`).

    tools/difftest.py [--seeds A:B] [--keep DIR] [--jobs N]
    tools/difftest.py --print SEED        print the program of one seed

For each seed, gen_program writes a random, valid, deterministic mini-Go
program: integers of every width with wrap-around, division by values that
may be -1, shifts by counts past the width, conversions, floats, strings and
runes, slices, maps (printed by fmt with sorted keys), structs with value and
pointer methods, embedding, interfaces with type switches and assertions,
method values, closures that capture and assign, multi-value calls into
variadics, defer and recover of runtime panics, labels and goto, loops with
break and continue. Every function folds what it computes into a checksum
that main prints, so a wrong value anywhere shows up in the output.

The program is built by go1.19 and by mgc, optimized and with -N; stdout and
the exit status must be equal. A mismatch is reported with its seed and the
program is kept (in --keep, default /tmp/difftest) for reduction (creduce or
cvise with an interestingness test comparing the two outputs).
"""

import argparse
import concurrent.futures
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

INTS = ["int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64"]
BITS = {"int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint": 64, "uint8": 8,
        "uint16": 16, "uint32": 32, "uint64": 64}


class Gen:
    """One program's generator: a random source and the scopes being filled."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.out = []
        self.ind = 1
        self.nvar = 0
        self.scopes = []      # [{name: type}]
        self.depth = 0        # statement nesting
        self.loops = 0        # enclosing loops (break/continue allowed)
        self.labels = 0
        self.konsts = []      # (name, type, literal): the function's literal values

    # ---- helpers ----

    def line(self, s):
        self.out.append("\t" * self.ind + s)

    def fresh(self, prefix="v"):
        self.nvar += 1
        return "%s%d" % (prefix, self.nvar)

    def declare(self, name, t):
        self.scopes[-1][name] = t

    def vars_of(self, t):
        seen = {}
        for sc in self.scopes:
            seen.update(sc)
        return [n for n, vt in seen.items() if vt == t]

    def chance(self, p):
        return self.r.random() < p

    # ---- expressions ----

    def int_lit(self, t):
        """A value of type t that is not a Go constant: a local initialized
        with a literal at the top of the function (go would reject constant
        expressions that overflow; mgc's optimizer still sees the literal)."""
        known = [n for n, kt, _ in self.konsts if kt == t]
        if known and self.chance(0.5):
            return self.r.choice(known)
        name = "k%d" % (len(self.konsts) + 1)
        self.konsts.append((name, t, self.literal(t)))
        return name

    def literal(self, t):
        bits, signed = BITS[t], not t.startswith("u")
        pick = self.r.choice(["small", "edge", "any"])
        if pick == "small":
            v = self.r.randint(-9 if signed else 0, 9)
        elif pick == "edge":
            lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
            v = self.r.choice([lo, hi, lo + 1, hi - 1, 0, 1, -1 if signed else 2])
        else:
            v = self.r.randint(-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else self.r.randint(0, (1 << bits) - 1)
        return "%s(%d)" % (t, v) if v >= 0 else "%s(-%d)" % (t, -v)

    def int_expr(self, t, d=0):
        vs = self.vars_of(t)
        if d > 3 or self.chance(0.25):
            if vs and self.chance(0.7):
                return self.r.choice(vs)
            return self.int_lit(t)
        k = self.r.randint(0, 11)
        a = self.int_expr(t, d + 1)
        if k <= 3:
            op = self.r.choice(["+", "-", "*", "&", "|", "^", "&^"])
            return "(%s %s %s)" % (a, op, self.int_expr(t, d + 1))
        if k == 4:
            op = self.r.choice(["/", "%"])
            return "(%s %s nz_%s(%s))" % (a, op, t, self.int_expr(t, d + 1))
        if k == 5:
            op = self.r.choice(["<<", ">>"])
            if self.chance(0.5):
                return "(%s %s %d)" % (a, op, self.r.randint(0, BITS[t] + 4))
            return "(%s %s (uint(%s) & 127))" % (a, op, self.int_expr("uint8", d + 1))
        if k == 6:
            src = self.r.choice(INTS)
            return "%s(%s)" % (t, self.int_expr(src, d + 1))
        if k == 7:
            return "(-%s)" % a if self.chance(0.5) else "(^%s)" % a
        if k == 8:
            return "%s(slen(%s))" % (t, self.str_expr(d + 1))
        if k == 9 and self.vars_of("[]int"):
            s = self.r.choice(self.vars_of("[]int"))
            return "%s(%s[uint(%s) %% uint(len(%s))])" % (t, s, self.int_expr("uint", d + 1), s)
        if k == 10:
            return "%s(%s)" % (t, self.call_expr("int", d + 1))
        return "%s(%s)" % (t, "b2i(%s)" % self.bool_expr(d + 1))

    def bool_expr(self, d=0):
        if d > 3 or self.chance(0.2):
            bs = self.vars_of("bool")
            return self.r.choice(bs) if bs and self.chance(0.5) else self.r.choice(["true", "false"])
        k = self.r.randint(0, 4)
        if k <= 2:
            t = self.r.choice(INTS)
            op = self.r.choice(["<", "<=", ">", ">=", "==", "!="])
            return "(%s %s %s)" % (self.int_expr(t, d + 1), op, self.int_expr(t, d + 1))
        if k == 3:
            op = self.r.choice(["&&", "||"])
            return "(%s %s %s)" % (self.bool_expr(d + 1), op, self.bool_expr(d + 1))
        if k == 4 and self.chance(0.5):
            return "(%s == %s)" % (self.str_expr(d + 1), self.str_expr(d + 1))
        return "!%s" % self.bool_expr(d + 1)

    def float_expr(self, d=0):
        fs = self.vars_of("float64")
        if d > 3 or self.chance(0.3):
            if fs and self.chance(0.6):
                return self.r.choice(fs)
            return self.r.choice(["1.5", "-0.25", "3.0", "1e10", "-7.125", "0.1", "2.0"])
        k = self.r.randint(0, 3)
        if k <= 1:
            op = self.r.choice(["+", "-", "*"])
            return "(%s %s %s)" % (self.float_expr(d + 1), op, self.float_expr(d + 1))
        if k == 2:
            return "(%s / fnz(%s))" % (self.float_expr(d + 1), self.float_expr(d + 1))
        return "float64(%s)" % self.int_expr(self.r.choice(["int8", "int16", "int32", "uint8", "int"]), d + 1)

    def str_expr(self, d=0):
        ss = self.vars_of("string")
        if d > 2 or self.chance(0.35):
            if ss and self.chance(0.6):
                return self.r.choice(ss)
            return self.r.choice(['"go"', '""', '"héllo"', '"abc"', '"\\xff\\x00z"', '"日本"'])
        k = self.r.randint(0, 4)
        if k == 0:
            return "(%s + %s)" % (self.str_expr(d + 1), self.str_expr(d + 1))
        if k == 1:
            return "string(rune(%s))" % self.int_expr("int32", d + 1)
        if k == 2:
            s = self.str_expr(d + 1)
            return "cut(%s, %s)" % (s, self.int_expr("int", d + 1))
        if k == 3:
            return "fmt.Sprint(%s, %s)" % (self.int_expr(self.r.choice(INTS), d + 1), self.bool_expr(d + 1))
        return "strconv.Itoa(%s)" % self.int_expr("int", d + 1)

    def call_expr(self, t, d):
        # helper functions that exist in every program
        if t == "int":
            k = self.r.randint(0, 3)
            if k == 0:
                return "sum(%s)" % ", ".join(self.int_expr("int", d + 1) for _ in range(self.r.randint(0, 3)))
            if k == 1:
                return "sum(pair(%s, %s))" % (self.int_expr("int", d + 1), self.int_expr("int", d + 1))
            if k == 2:
                return "shapeArea(%s)" % self.shape_expr(d + 1)
            return "safeDiv(%s, %s)" % (self.int_expr("int", d + 1), self.int_expr("int", d + 1))
        raise ValueError(t)

    def shape_expr(self, d):
        k = self.r.randint(0, 3)
        a, b = self.int_expr("int", d + 1), self.int_expr("int", d + 1)
        if k == 0:
            return "Rect{%s, %s}" % (a, b)
        if k == 1:
            return "&Rect{%s, %s}" % (a, b)
        if k == 2:
            return "Square{Rect{%s, %s}, %s}" % (a, a, self.str_expr(d + 1))
        return "Circle(%s)" % a

    # ---- statements ----

    def mix(self, expr):
        self.line("acc = acc*31 + uint64(%s)" % expr)

    def stmt(self):
        self.depth += 1
        k = self.r.randint(0, 19)
        if self.depth > 3:
            k = self.r.randint(0, 5)
        t = self.r.choice(INTS)
        if k <= 1:
            name = self.fresh()
            self.line("%s := %s" % (name, self.int_expr(t)))
            self.declare(name, t)
            self.mix(name)
        elif k == 2:
            vs = [n for n in self.vars_of(t)]
            if vs:
                v = self.r.choice(vs)
                op = self.r.choice(["=", "+=", "-=", "*=", "^=", "|=", "&=", "<<=", ">>="])
                rhs = self.int_expr(t) if op[0] not in "<>" else "(uint(%s) & 63)" % self.int_expr("uint8")
                self.line("%s %s %s" % (v, op, rhs))
                self.mix(v)
            else:
                self.mix(self.int_expr(t))
        elif k == 3:
            self.mix(self.int_expr(t))
        elif k == 4:
            name = self.fresh("f")
            self.line("%s := %s" % (name, self.float_expr()))
            self.declare(name, "float64")
            self.line("acc = acc*31 + fbits(%s)" % name)
        elif k == 5:
            name = self.fresh("s")
            self.line("%s := %s" % (name, self.str_expr()))
            self.declare(name, "string")
            self.line("acc = acc*31 + strsum(%s)" % name)
        elif k == 6:
            self.line("if %s {" % self.bool_expr())
            self.block(2)
            if self.chance(0.5):
                self.line("} else {")
                self.block(2)
            self.line("}")
        elif k == 7:
            i = self.fresh("i")
            self.line("for %s := 0; %s < %d; %s++ {" % (i, i, self.r.randint(0, 6), i))
            self.scopes.append({i: "int"})
            self.loops += 1
            self.block(3, scoped=False)
            if self.chance(0.3):
                self.line("\tif %s == %d {" % (i, self.r.randint(0, 4)))
                self.line("\t\t%s" % self.r.choice(["break", "continue"]))
                self.line("\t}")
            self.loops -= 1
            self.scopes.pop()
            self.line("}")
        elif k == 8:
            s = self.fresh("sl")
            self.line("%s := make([]int, %d, %d)" % (s, self.r.randint(1, 5), self.r.randint(5, 8)))
            self.declare(s, "[]int")
            self.line("for i := range %s {" % s)
            self.line("\t%s[i] = %s" % (s, self.int_expr("int", 2)))
            self.line("}")
            self.line("%s = append(%s, %s)" % (s, s, self.int_expr("int", 2)))
            lo = self.r.randint(0, 2)
            self.line("%s = %s[%d:]" % (s, s, lo))
            self.line("acc = acc*31 + uint64(sum(%s...)) + uint64(cap(%s))" % (s, s))
        elif k == 9:
            m = self.fresh("m")
            self.line("%s := map[%s]string{}" % (m, t))
            self.line("for j := 0; j < %d; j++ {" % self.r.randint(0, 5))
            self.line("\t%s[%s(j*%d)] = %s" % (m, t, self.r.randint(1, 200), self.str_expr(2)))
            self.line("}")
            self.line("delete(%s, %s)" % (m, self.int_expr(t, 2)))
            self.line("acc = acc*31 + strsum(fmt.Sprint(%s)) + uint64(len(%s))" % (m, m))
        elif k == 10:
            self.line("switch %s %% 4 {" % self.int_expr("int"))
            for c in range(self.r.randint(1, 3)):
                self.line("case %d:" % c)
                self.block(2)
                if self.chance(0.2) and c < 2:
                    self.line("\tfallthrough")
            self.line("default:")
            self.block(1)
            self.line("}")
        elif k == 11:
            sh = self.fresh("sh")
            self.line("var %s Shape = %s" % (sh, self.shape_expr(1)))
            self.line("acc = acc*31 + uint64(describe(%s))" % sh)
            self.line("if r, ok := %s.(Rect); ok {" % sh)
            self.line("\tacc += uint64(r.w)")
            self.line("}")
            self.line("if n, ok := %s.(Namer); ok {" % sh)
            self.line("\tacc += strsum(n.Name())")
            self.line("}")
            area = self.fresh("area")
            self.line("%s := %s.Area" % (area, sh))
            self.line("acc = acc*31 + uint64(%s())" % area)
        elif k == 12:
            c = self.fresh("c")
            cnt = self.fresh("n")
            self.line("%s := %s" % (cnt, self.int_expr("int")))
            self.line("%s := func(x int) int {" % c)
            self.line("\t%s += x" % cnt)
            self.line("\treturn %s * 3" % cnt)
            self.line("}")
            self.line("acc = acc*31 + uint64(%s(%s)) + uint64(%s(%s))" % (c, self.int_expr("int"), c, self.int_expr("int")))
            self.mix(cnt)
            self.declare(cnt, "int")
        elif k == 13:
            self.line("acc = acc*31 + uint64(protect(%s, %s))" % (self.int_expr("int"), self.int_expr("int")))
        elif k == 14:
            a, b = self.fresh("q"), self.fresh("q")
            self.line("%s, %s := pair(%s, %s)" % (a, b, self.int_expr("int"), self.int_expr("int")))
            self.line("%s, %s = %s, %s" % (a, b, b, a))
            self.declare(a, "int")
            self.declare(b, "int")
            self.mix("%s - %s" % (a, b))
        elif k == 15:
            name = self.fresh("b")
            self.line("%s := %s" % (name, self.bool_expr()))
            self.declare(name, "bool")
            self.mix("b2i(%s)" % name)
        elif k == 16:
            s = self.fresh("rs")
            self.line("%s := 0" % s)
            self.line("for i, r := range %s {" % self.str_expr())
            self.line("\t%s += i*7 + int(r)" % s)
            self.line("}")
            self.mix(s)
        elif k == 17:
            lbl = "L%d" % self.labels
            self.labels += 1
            j = self.fresh("g")
            self.line("%s := 0" % j)
            self.line("%s:" % lbl)
            self.line("%s++" % j)
            self.line("if %s < %d {" % (j, self.r.randint(1, 4)))
            self.line("\tgoto %s" % lbl)
            self.line("}")
            self.mix(j)
        elif k == 18:
            self.line("acc = acc*31 + uint64(len(fmt.Sprintln(%s, %s, %s)))" % (
                self.int_expr(t), self.str_expr(), self.float_expr()))
        else:
            u = self.fresh("u")
            self.line("%s := []byte(%s)" % (u, self.str_expr()))
            self.line("if len(%s) > 0 {" % u)
            self.line("\t%s[0] ^= byte(%s)" % (u, self.int_expr("uint8", 2)))
            self.line("}")
            self.line("acc = acc*31 + strsum(string(%s))" % u)
        self.depth -= 1

    def block(self, n, scoped=True):
        self.ind += 1
        if scoped:
            self.scopes.append({})
        for _ in range(self.r.randint(1, n)):
            self.stmt()
        if scoped:
            self.scopes.pop()
        self.ind -= 1

    def func(self, name):
        params = [(self.fresh("p"), self.r.choice(INTS)) for _ in range(self.r.randint(0, 4))]
        self.out.append("func %s(%s) uint64 {" % (name, ", ".join("%s %s" % p for p in params)))
        self.scopes = [dict(params)]
        self.konsts = []
        self.line("var acc uint64")
        top = len(self.out)
        for p, t in params:
            self.mix(p)
        for _ in range(self.r.randint(3, 10)):
            self.stmt()
        self.out[top:top] = self.konst_decls()
        self.line("return acc")
        self.out.append("}")
        self.out.append("")
        return params

    def konst_decls(self):
        """The declarations of the function's literal values, each used once
        so that go does not call it unused."""
        lines = []
        for name, t, lit in self.konsts:
            lines.append("\t%s := %s" % (name, lit))
            lines.append("\tacc += uint64(%s) & 1" % name)
        return lines


PRELUDE = """// Generated by tools/difftest.py, seed SEED.
package main

import (
	"fmt"
	"math"
	"strconv"
)

var _ = strconv.Itoa

type Shape interface{ Area() int }
type Namer interface{ Name() string }

type Rect struct{ w, h int }
type Square struct {
	Rect
	name string
}
type Circle int

func (r Rect) Area() int      { return r.w * r.h }
func (s Square) Name() string { return "sq:" + s.name }
func (s *Square) Grow()       { s.w++ }
func (c Circle) Area() int    { return int(c) * int(c) * 3 }
func (c Circle) Name() string { return "circle" }

func describe(s Shape) int {
	switch v := s.(type) {
	case Rect:
		return 1 + v.w
	case *Rect:
		return 2 + v.h
	case Square:
		v.Grow()
		return 3 + v.w + len(v.name)
	case Namer:
		return 4 + len(v.Name())
	case nil:
		return 5
	}
	return 6
}

func shapeArea(s Shape) int { return s.Area() }

func slen(s string) int { return len(s) }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pair(a, b int) (int, int) { return a + b, a - b }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func fbits(f float64) uint64 {
	if f != f {
		return 7
	}
	return math.Float64bits(f) >> 3
}

func fnz(f float64) float64 {
	if f == 0 {
		return 1
	}
	return f
}

func strsum(s string) uint64 {
	var h uint64
	for i := 0; i < len(s); i++ {
		h = h*131 + uint64(s[i])
	}
	return h + uint64(len(s))
}

func cut(s string, n int) string {
	if len(s) == 0 {
		return s
	}
	i := n % len(s)
	if i < 0 {
		i = -i
	}
	return s[i:]
}

func safeDiv(a, b int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -len(fmt.Sprint(e))
		}
	}()
	return a / b
}

func protect(a, i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			err := e.(error)
			r = len(err.Error()) * 1000
		}
	}()
	xs := []int{1, 2, 3}
	return xs[i%5] * a
}
"""


def nz_funcs():
    out = []
    for t in INTS:
        out.append("func nz_%s(x %s) %s {\n\tif x == 0 {\n\t\treturn 1\n\t}\n\treturn x\n}\n" % (t, t, t))
    return "\n".join(out)


def gen_program(seed):
    g = Gen(seed)
    nfuncs = g.r.randint(2, 6)
    sigs = []
    for i in range(nfuncs):
        sigs.append(("f%d" % i, g.func("f%d" % i)))
    body = PRELUDE.replace("SEED", str(seed)) + "\n" + nz_funcs() + "\n" + "\n".join(g.out)
    main = ["func main() {", "\tvar acc uint64"]
    g.konsts = []
    g.scopes = [{}]
    calls = []
    for name, params in sigs:
        for _ in range(g.r.randint(1, 3)):
            args = ", ".join(g.int_expr(t, 2) for _, t in params)
            calls.append("\tfmt.Println(%s, %s(%s))" % ('"%s"' % name, name, args))
    main += g.konst_decls() + calls + ["\tfmt.Println(acc)", "}"]
    return body + "\n".join(main) + "\n"


# ---- running ----------------------------------------------------------------------------

def run(argv, cwd, timeout=30):
    try:
        p = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return -9, b"", b"timeout"


def check_seed(seed, mgc, keep):
    """None if mgc agrees with go1.19 on this seed's program, else a report."""
    src = gen_program(seed)
    with tempfile.TemporaryDirectory(prefix="difftest.") as tmp:
        path = os.path.join(tmp, "main.go")
        with open(path, "w") as f:
            f.write(src)
        env_go = dict(os.environ, GO111MODULE="off")
        p = subprocess.run(["go", "build", "-o", "prog.go.bin", "main.go"], cwd=tmp, env=env_go,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if p.returncode != 0:
            return "seed %d: the generator made a program go rejects:\n%s" % (seed, p.stdout.decode()[:2000])
        want = run(["./prog.go.bin"], tmp)
        problems = []
        for flags in ([], ["-N"]):
            b = run([mgc, "build"] + flags + ["-o", "prog.mgc", "main.go"], tmp, 120)
            if b[0] != 0:
                problems.append("mgc build %s failed: %s" % (" ".join(flags), b[2].decode()[:1000]))
                continue
            got = run(["./prog.mgc"], tmp)
            if got[:2] != want[:2]:
                problems.append("mgc %s: exit %d, want %d; stdout differs: %s" % (
                    " ".join(flags) or "(optimized)", got[0], want[0], got[1] != want[1]))
        if problems:
            os.makedirs(keep, exist_ok=True)
            kept = os.path.join(keep, "seed%d.go" % seed)
            shutil.copy(path, kept)
            return "seed %d (%s): %s" % (seed, kept, "; ".join(problems))
    return None


def main():
    ap = argparse.ArgumentParser(description="differential testing against go1.19 (see the docstring)")
    ap.add_argument("--seeds", default="1:200", help="A:B, the seeds A..B-1")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", default="/tmp/difftest", help="where failing programs are kept")
    ap.add_argument("--mgc", default=os.path.join(ROOT, "mgc"))
    ap.add_argument("--print", type=int, metavar="SEED", help="print one seed's program and stop")
    args = ap.parse_args()
    if args.print is not None:
        sys.stdout.write(gen_program(args.print))
        return 0
    if shutil.which("go") is None:
        print("difftest: go (go1.19) is not installed; nothing to compare with")
        return 2
    a, b = (int(x) for x in args.seeds.split(":"))
    failed = done = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for report in pool.map(lambda s: check_seed(s, os.path.abspath(args.mgc), args.keep), range(a, b)):
            done += 1
            if report:
                failed += 1
                print("FAIL " + report, flush=True)
            if done % 100 == 0 and done < b - a:
                # A long run shows how far it got, so a run cut short still counts.
                print("... %d programs, %d failed" % (done, failed), flush=True)
    print("%d passed, %d failed" % (b - a - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
