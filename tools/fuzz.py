#!/usr/bin/env python3
"""fuzz.py: a mutation fuzzer for mgc's front and middle end (`make fuzz`).

The seeds are the suite's programs (testdata/{run,errors,parse,golden,
asmcheck,m}/*.go, each under 64 KB) that import nothing: a program that
imports fmt compiles the library's stubs, a second under ASan instead of
30 ms (--imports takes them too, at that price). Each input is a seed changed by one to
four mutations (mutate):

  delete      a span of 1-40 bytes cut out
  duplicate   a span of 1-40 bytes repeated in place
  insert      a token from DICTIONARY (keywords, operators, brackets,
              extreme literals, directives) or an identifier of the file
  replace     one token of the file replaced by another
  splice      a run of lines replaced by lines of another seed
  swap        two lines exchanged
  byte        one byte replaced by any byte (NUL, UTF-8 pieces, newlines)
  nest        a span wrapped in ( ), [ ], { }, func(){ }() or *&

and it goes through `mgc asm` (parse, check, lowering, optimizer, code
generation; assembly to /dev/null) of a compiler built with AddressSanitizer
and UBSan, run by tools/fuzz_server.c (fork server). A run is a finding when

  crash       it dies of a signal, or exits other than 0 (compiled) or 1
              (diagnostics) - e.g. abort() after an internal compiler error
  sanitizer   stderr holds an ASan or UBSan report ("runtime error:")
  internal    stderr says "internal compiler error"
  hang        it runs past --timeout seconds (SIGALRM)

and is saved as build/fuzz/KIND-N.go with its stderr in KIND-N.txt. A mutant
whose first diagnostic (digits removed) was not seen before joins the seeds:
a cheap stand-in for coverage feedback that steers toward new checker paths.
Everything follows from --seed, so a run can be repeated. It prints a
progress line every 1,000 inputs and ends with the totals; exit status 1 if
anything was found.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED_DIRS = ["run", "errors", "parse", "golden", "asmcheck", "m"]
MAX_SEED = 64 * 1024
MAX_GROWN = 3000        # mutants kept as seeds for a new first diagnostic

DICTIONARY = [
    "package", "import", "func", "var", "const", "type", "struct", "interface", "map", "chan",
    "go", "defer", "return", "if", "else", "for", "range", "switch", "case", "default",
    "select", "break", "continue", "goto", "fallthrough", "nil", "iota", "true", "_",
    "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "&&", "||", "<-", "++", "--",
    "==", "!=", "<", "<=", ">", ">=", "=", ":=", "+=", "<<=", "...", ".", ",", ";", ":",
    "(", ")", "[", "]", "{", "}", "!", "~", "\n", " ",
    "0", "1", "-1", "1 << 62", "1 << 63", "1 << 64", "0x7fffffffffffffff", "1e308", "1e-400",
    "0.5", "1i", "'x'", "'\\U0010ffff'", "\"\"", "\"a\\x00b\"", "`raw`", "0b1_0", "0o17", "0x_1p-2",
    "int", "int8", "uint64", "float64", "complex128", "string", "byte", "rune", "bool", "error",
    "any", "interface{}", "[]int", "[3]int", "[...]int{1, 2}", "[1 << 40]byte", "map[string]int",
    "*int", "chan int", "func() int", "struct{ x int }", "len", "cap", "append", "copy",
    "delete", "make", "new", "panic", "recover", "print", "println", "complex", "real", "imag",
    "//go:noinline\n", "//go:nosplit\n", "/*", "*/", "//", "x.(int)", "x.(type)", "main",
    "fmt.Println", "fmt.Sprintf(\"%v\", ", "strings.", "os.Exit(", "\u00e9", "\u4e16", "\xff",
]

TOKEN = re.compile(r'[A-Za-z_][A-Za-z_0-9]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"|`[^`]*`|'
                   r"'(?:[^'\\\n]|\\.)*'|<<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|:=|[=!<>+\-*/%&|^]=|"
                   r"<<|>>|&\^|\S")
IDENT = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
DIGITS = re.compile(r"\d+")


IMPORT = re.compile(r"^import", re.M)


def load_seeds(imports):
    seeds = []
    for d in SEED_DIRS:
        base = os.path.join(ROOT, "testdata", d)
        for name in sorted(os.listdir(base)):
            path = os.path.join(base, name)
            if name.endswith(".go") and os.path.getsize(path) <= MAX_SEED:
                with open(path, "rb") as f:
                    text = f.read().decode("utf-8", "replace")
                if imports or not IMPORT.search(text):
                    seeds.append(text)
    return seeds


def span(rng, text, most=40):
    if not text:
        return 0, 0
    i = rng.randrange(len(text))
    return i, min(len(text), i + rng.randint(1, most))


def m_delete(rng, text, seeds):
    i, j = span(rng, text)
    return text[:i] + text[j:]


def m_duplicate(rng, text, seeds):
    i, j = span(rng, text)
    return text[:j] + text[i:j] + text[j:]


def m_insert(rng, text, seeds):
    if rng.random() < 0.3:
        idents = IDENT.findall(text)
        tok = rng.choice(idents) if idents else "x"
    else:
        tok = rng.choice(DICTIONARY)
    i = rng.randrange(len(text) + 1)
    return text[:i] + tok + text[i:]


def m_replace(rng, text, seeds):
    toks = list(TOKEN.finditer(text))
    if not toks:
        return text
    t = rng.choice(toks)
    other = rng.choice(toks).group() if rng.random() < 0.4 else rng.choice(DICTIONARY)
    return text[:t.start()] + other + text[t.end():]


def m_splice(rng, text, seeds):
    mine, theirs = text.split("\n"), rng.choice(seeds).split("\n")
    i = rng.randrange(len(mine))
    j = rng.randrange(len(theirs))
    k = rng.randint(1, 8)
    return "\n".join(mine[:i] + theirs[j:j + k] + mine[i + rng.randint(0, k):])


def m_swap(rng, text, seeds):
    lines = text.split("\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def m_byte(rng, text, seeds):
    i = rng.randrange(len(text) + 1)
    c = rng.choice(["\0", "\n", "\t", "\r", "\x7f", "\ufeff", "\u2028", "\\", "\"", "'", "`",
                    chr(rng.randrange(32, 127))])
    return text[:i] + c + text[i + 1:]


def m_nest(rng, text, seeds):
    i, j = span(rng, text, 20)
    left, right = rng.choice([("(", ")"), ("[", "]"), ("{", "}"), ("func(){", "}()"),
                              ("*&", ""), ("-", ""), ("[]int{", "}")])
    return text[:i] + left + text[i:j] + right + text[j:]


MUTATIONS = [m_delete, m_duplicate, m_insert, m_insert, m_replace, m_replace, m_replace,
             m_splice, m_swap, m_byte, m_nest]


def mutate(rng, text, seeds):
    for _ in range(rng.randint(1, 4)):
        text = rng.choice(MUTATIONS)(rng, text, seeds)
    return text


class Server:
    """The fork server: one request line out, one status line back."""

    def __init__(self, path):
        env = dict(os.environ, MGC_ROOT=ROOT,
                   # short allocation traces and no fill of new blocks: a
                   # quarter faster, and a report still names the faulting line
                   ASAN_OPTIONS="detect_leaks=0:exitcode=86:abort_on_error=0:"
                                "malloc_context_size=2:max_malloc_fill_size=0",
                   UBSAN_OPTIONS="exitcode=87:print_stacktrace=1")
        self.proc = subprocess.Popen([path], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     env=env, text=True, cwd=ROOT)

    def run(self, timeout, errfile, args):
        self.proc.stdin.write("\t".join([str(timeout), errfile] + args) + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()


def classify(status, stderr):
    """The kind of finding a run is, or None."""
    if "AddressSanitizer" in stderr or "runtime error:" in stderr or "LeakSanitizer" in stderr:
        return "sanitizer"
    if "internal compiler error" in stderr:
        return "internal"
    if status == "signal %d" % 14:   # SIGALRM: the timeout
        return "hang"
    if status not in ("exit 0", "exit 1"):
        return "crash"
    return None


def first_message(stderr):
    line = stderr.split("\n", 1)[0]
    line = line.split(": ", 1)[-1] if ".go:" in line else line
    return DIGITS.sub("N", line)[:120]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--server", required=True, help="the fuzz-mgc fork server (make fuzz)")
    ap.add_argument("--inputs", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=20, help="seconds per input (a hang)")
    ap.add_argument("--minutes", type=float, default=0, help="stop after this long (0: never)")
    ap.add_argument("--imports", action="store_true", help="seeds that import packages too")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "fuzz"))
    args = ap.parse_args()

    rng = random.Random(args.seed)
    seeds = load_seeds(args.imports)
    os.makedirs(args.out, exist_ok=True)
    work = os.path.join(args.out, "work")
    os.makedirs(work, exist_ok=True)
    src, err = os.path.join(work, "input.go"), os.path.join(work, "stderr.txt")
    server = Server(args.server)
    seen, found = set(), {}
    start = time.time()
    done = 0
    for n in range(1, args.inputs + 1):
        if args.minutes and time.time() - start > 60 * args.minutes:
            break
        done = n
        text = mutate(rng, rng.choice(seeds), seeds)
        with open(src, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
        status = server.run(args.timeout, err, ["asm", src])
        with open(err, encoding="utf-8", errors="replace") as f:
            stderr = f.read()
        kind = classify(status, stderr)
        if kind:
            found[kind] = found.get(kind, 0) + 1
            name = os.path.join(args.out, "%s-%d-%d" % (kind, args.seed, n))
            with open(name + ".go", "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(text)
            with open(name + ".txt", "w") as f:
                f.write(status + "\n" + stderr)
            print("%s: %s (%s)" % (kind, name + ".go", status), flush=True)
        elif status == "exit 1":
            msg = first_message(stderr)
            if msg not in seen and len(seen) < MAX_GROWN:
                seen.add(msg)
                seeds.append(text)
        if n % 1000 == 0:
            print("%d inputs, %.0f s, %d seeds, findings %s" %
                  (n, time.time() - start, len(seeds), found or "none"), flush=True)
    total = sum(found.values())
    print("fuzz: %d inputs (seed %d), %d crashes, %d hangs, %d sanitizer reports, "
          "%d internal errors" % (done, args.seed, found.get("crash", 0),
                                  found.get("hang", 0), found.get("sanitizer", 0),
                                  found.get("internal", 0)))
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
