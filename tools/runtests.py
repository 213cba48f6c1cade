#!/usr/bin/env python3
"""runtests.py: run mgc's test suite (`make test`).

Test kinds, one function each (run_test, errors_test, golden_test,
asmcheck_test, parse_test, script_test):

  testdata/run/NAME.go      `mgc build`, run the program (10 s or `// timeout: N`)
  testdata/run/NAME/        with NAME.in on its stdin (no NAME.in: /dev/null),
                            compare stdout with NAME.out, the normalised stderr
                            with NAME.err and the exit status with NAME.code
                            (missing files: empty, empty, 0). Tracebacks are
                            compared frame by frame: function names and the
                            test's file:line, not argument words, offsets or
                            library and runtime lines (normalize_stderr);
                            tools/record_stderr.py records NAME.err from go1.19.
                            A directory is compiled as one program. Every run
                            test runs twice: optimized, and with -N ("NAME [-N]").
  testdata/errors/NAME.go   `mgc build` must exit 1 (or `// EXIT N`); diagnostics
                            `NAME.go:LINE:COL: msg` must match the `// ERROR "re"`
                            comments (Go's errorcheck convention) and the
                            `// ERRORAT LINE "re"` comments, and nothing else.
  testdata/errors/NAME/     The same for a program of several files, compiled
                            as one; each file's comments name its own errors.
  testdata/golden/NAME.go   `mgc asm -N NAME.go` must equal NAME.asm byte for byte,
                            and `mgc asm NAME.go` NAME.opt.asm
                            (--update-golden rewrites both).
  testdata/asmcheck/NAME.go `// nasm: \`re\`` and `// nasm: -\`re\`` comments on a
                            function must (not) match its `mgc asm -annotate=none`,
                            optimized and with -N; `// nasm-opt:` and `// nasm-N:`
                            comments apply to one mode only.
  testdata/m/NAME.go        `mgc build -m`: the inliner's decisions ("can inline F",
                            "inlining call to F") must be go1.19's, as recorded in
                            NAME.m by tools/record_m.sh, except the lines NAME.known
                            lists with the reason mgc differs (`- line  # why` gc
                            only, `+ line  # why` mgc only).
  testdata/parse/NAME.go    `mgc dump -phase=ast` must succeed, print a tree and
                            nothing on stderr.
  testdata/scripts/*.sh     executable scripts, run with MGC=<compiler>; exit 0
                            (`# timeout: N` gives one more than 120 seconds).

mgc is run inside the test's directory on the file's base name, so file names
in diagnostics and assembly do not depend on where the repository lives.

Output: one FAIL line (plus an indented diff or detail) per failing test, an
ok line per passing test with -v, and finally `N passed, N failed`. The exit
status is 1 if any test failed.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass

ROOT = os.environ.get("MGC_ROOT") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_TIMEOUT = 10        # seconds per program run; `// timeout: N` raises it
COMPILE_TIMEOUT = 120   # seconds per mgc invocation (generous for sanitizer builds)
SCRIPT_TIMEOUT = 120
MAX_DIFF_LINES = 60

MGC = None              # absolute path of the compiler under test (set in main)
UPDATE_GOLDEN = False


@dataclass
class Result:
    path: str           # the test, relative to ROOT
    ok: bool
    detail: str = ""    # why it failed: first line short, more lines indented


def fail(path, reason, more=""):
    return Result(path, False, reason + ("\n" + indent(more) if more else ""))


def indent(text):
    return "\n".join("    " + line for line in text.rstrip("\n").split("\n"))


# ---- Running commands ---------------------------------------------------------------

@dataclass
class Proc:
    code: int           # exit status; negative = killed by that signal
    out: bytes
    err: bytes
    timed_out: bool = False


def run(argv, cwd, timeout, env=None, stdin_path=None):
    """Run argv in cwd with stdin from stdin_path (default /dev/null),
    capturing stdout and stderr."""
    try:
        with open(stdin_path or os.devnull, "rb") as stdin:
            p = subprocess.run(argv, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=timeout, env=env)
        return Proc(p.returncode, p.stdout, p.stderr)
    except subprocess.TimeoutExpired as e:
        return Proc(-9, e.stdout or b"", e.stderr or b"", timed_out=True)


def mgc(args, cwd):
    """Run the compiler under test with args, inside cwd."""
    return run([MGC] + args, cwd, COMPILE_TIMEOUT, env=mgc_env())


def mgc_env():
    env = dict(os.environ)
    env.setdefault("MGC_ROOT", ROOT)   # where the compiler finds runtime/libmgcrt.a
    # The compiler allocates from arenas it never frees (STYLE.md), so leak
    # reports from a sanitizer build would be noise.
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    return env


def describe_status(p):
    if p.timed_out:
        return "timed out"
    if p.code < 0:
        return "killed by signal %d" % -p.code
    return "exit status %d" % p.code


def text(b):
    return b.decode("utf-8", errors="replace")


def head(b, n=10):
    """The first n lines of some output, for a failure report."""
    lines = text(b).rstrip("\n").split("\n")
    return "\n".join(lines[:n]) + ("\n..." if len(lines) > n else "")


def unified_diff(want, got, want_name="want", got_name="got"):
    """A unified diff of two texts, truncated to MAX_DIFF_LINES lines."""
    diff = list(difflib.unified_diff(want.splitlines(keepends=True), got.splitlines(keepends=True),
                                     want_name, got_name))
    if len(diff) > MAX_DIFF_LINES:
        diff = diff[:MAX_DIFF_LINES] + ["... (diff truncated)\n"]
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in diff)


def read_bytes(path, default=b""):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


def go_sources(path):
    """The .go files of a test: the file itself, or all .go files of a directory."""
    if os.path.isdir(path):
        return sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith(".go"))
    return [path]


def header_int(path, pattern, default):
    """The number in the first `// <pattern>` line of the test's sources, or default."""
    rx = re.compile(r"^//\s*" + pattern + r"\s*$", re.M)
    for src in go_sources(path):
        m = rx.search(text(read_bytes(src)))
        if m:
            return int(m.group(1))
    return default


# ---- testdata/run ---------------------------------------------------------------------

# A goroutine's header (`goroutine 1 [running]:`), and the header of the
# runtime's own stack that a fatal error prints first.
GOROUTINE_HEADER = re.compile(r"^goroutine \d+ \[.*\]:$")
RUNTIME_STACK = "runtime stack:"
# The two lines of a traceback entry: `main.f(0x1, 0x2)` (or `main.f(...)`,
# inlined), then `\t/path/x.go:7 +0x77` (plus ` fp=... sp=... pc=...` in a
# fatal error's report; no offset for an inlined call).
FRAME_FUNC = re.compile(r"^(\S+)\((.*)\)$")
FRAME_LOCATION = re.compile(r"^\t(.*):(\d+)(?: \+0x[0-9a-f]+)?(?: fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+)?$")


LIBRARY = "\t<library>"


def normalize_location(path, line):
    """A frame's file:line as compared: a test's own files ($DIR/x.go) with
    their line; anything else, Go's library and runtime sources
    (/usr/lib/go-1.19/src/...) or mgc's (lib/*.go, runtime/*.c), as
    `<library>`, because mgc's library and runtime are different sources
    with different lines (docs/ABI.md, "Tracebacks")."""
    if path.startswith("$DIR/") or path == "<autogenerated>":
        return "\t%s:%s" % (path, line)
    return LIBRARY


def normalize_traceback(lines):
    """The traceback as compared, from the first goroutine header or
    `runtime stack:` on: each entry's function with its argument words masked
    (`main.f(...)`) and its location normalized (normalize_location, offsets
    and fp/sp/pc dropped); the frames of Go's runtime (`runtime.*`), which gc
    shows only in a fatal error's report and which mgc, whose runtime is C,
    does not have, are left out; `panic(...)` frames stay, and so does a
    goroutine's `created by` entry, its location normalized. Consecutive
    frames in library code compare as the outermost of them, the library
    function the program called (mgc's lib/ reaches it through other
    helpers than Go's). After the first goroutine's entries, the rest (the
    other goroutines of Go's runtime) is dropped."""
    out, i, in_goroutine = [], 0, False
    while i < len(lines):
        line = lines[i]
        m = FRAME_FUNC.match(line)
        loc = FRAME_LOCATION.match(lines[i + 1]) if m and i + 1 < len(lines) else None
        if m and loc:
            if not m.group(1).startswith("runtime."):
                entry = [m.group(1) + "(...)", normalize_location(loc.group(1), loc.group(2))]
                if entry[1] == LIBRARY and m.group(1) != "panic" and out[-2:-1] != ["panic(...)"] \
                        and out[-1:] == [LIBRARY]:
                    out[-2:] = entry   # the same run of library frames: keep the outer one
                else:
                    out += entry
            i += 2
            continue
        created = FRAME_LOCATION.match(lines[i + 1]) if line.startswith("created by ") and \
            i + 1 < len(lines) else None
        if created:   # where the goroutine was made: `created by main.main`, then its go statement
            out += [line, normalize_location(created.group(1), created.group(2))]
            i += 2
            continue
        if line == "" and in_goroutine:
            break
        in_goroutine = in_goroutine or GOROUTINE_HEADER.match(line) is not None
        out.append(line)
        i += 1
    return out


def normalize_stderr(s, testdir=None):
    """What of a program's stderr is compared: the report as it is, then
    the traceback as normalize_traceback gives it. In mgc's output (testdir
    given) the test's directory is written as `$DIR`, as record_stderr.py
    writes it in the expected output. Addresses that differ between runs are
    replaced: `pc=0x...` by `pc=PC`, and the `sp=... stack=[..., ...]` of the
    stack-overflow report by `sp=SP stack=[STACK]`.
    """
    if testdir:
        s = s.replace(testdir + "/", "$DIR/")
    lines = s.split("\n")
    for i, line in enumerate(lines):
        if GOROUTINE_HEADER.match(line) or line == RUNTIME_STACK:
            lines = lines[:i] + normalize_traceback(lines[i:])
            s = "\n".join(lines) + "\n"
            break
    s = re.sub(r"pc=0x[0-9a-f]+", "pc=PC", s)
    s = re.sub(r"sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]", "sp=SP stack=[STACK]", s)
    return s


ELIDED = "...additional frames elided..."
LONG_TRACEBACK = 90   # entries: a traceback this long may have been cut at 100 frames


def cut_long_tracebacks(want, got):
    """A traceback cut at 100 frames (deep recursion) compares over the entries
    both print. The limit counts the runtime's hidden frames too (gc's
    gentraceback), and Go's runtime and mgc's C runtime reach gopanic through
    different numbers of them, so a deep traceback keeps a few entries more
    or less: the cut is a property of the runtime, not of the program."""
    def split(s):
        lines = s.split("\n")
        starts = [i for i, l in enumerate(lines) if GOROUTINE_HEADER.match(l)]
        if not starts:
            return None
        head, rest = lines[:starts[0] + 1], [l for l in lines[starts[0] + 1:] if l != ELIDED]
        return head, rest
    w, g = split(want), split(got)
    if not w or not g or max(len(w[1]), len(g[1])) < 2 * LONG_TRACEBACK:
        return want, got
    n = min(len(w[1]), len(g[1])) - 1
    n -= n % 2  # whole entries
    return "\n".join(w[0] + w[1][:n]), "\n".join(g[0] + g[1][:n])


def test_dir(path):
    """The directory of a run test's sources, as the program's paths name it."""
    return os.path.realpath(path if os.path.isdir(path) else os.path.dirname(path))


def header_only(path):
    """`// traceback: not compared (why)` in a test: mgc cannot print this
    traceback yet (the frames of parked goroutines and gc's `created by`
    lines), so only the report before it is compared."""
    for line in text(read_bytes(path if path.endswith(".go") else "")).splitlines():
        if re.match(r"^//\s*traceback:\s*not compared\b", line):
            return True
    return False


def before_traceback(s):
    """s up to its first goroutine header (and the blank line before it)."""
    lines = s.split("\n")
    for i, line in enumerate(lines):
        if GOROUTINE_HEADER.match(line) or line == RUNTIME_STACK:
            keep = lines[:i - 1] if i > 0 and lines[i - 1] == "" else lines[:i]
            return "".join(l + "\n" for l in keep)
    return s


def run_test(path, flags=()):
    """testdata/run: build (with flags), run, compare stdout, stderr and exit status."""
    base = os.path.splitext(path)[0] if path.endswith(".go") else path
    want_out = text(read_bytes(base + ".out"))
    want_err = normalize_stderr(text(read_bytes(base + ".err")))
    want_code = int(text(read_bytes(base + ".code", b"0")).strip() or "0")
    timeout = header_int(path, r"timeout:\s*(\d+)", RUN_TIMEOUT)

    with tempfile.TemporaryDirectory(prefix="mgctest.") as tmp:
        exe = os.path.join(tmp, "prog")
        b = mgc(["build"] + list(flags) + ["-o", exe, os.path.basename(path)], os.path.dirname(path))
        if b.code != 0 or not os.path.exists(exe):
            return fail(path, "build failed (%s)" % describe_status(b), head(b.err))
        stdin = base + ".in"
        p = run([exe], os.path.dirname(path), timeout,
                stdin_path=stdin if os.path.exists(stdin) else None)

    if p.timed_out:
        return fail(path, "timed out after %d s" % timeout)
    got_out, got_err = text(p.out), normalize_stderr(text(p.err), test_dir(path))
    want_err, got_err = cut_long_tracebacks(want_err, got_err)
    if header_only(path):
        want_err, got_err = before_traceback(want_err), before_traceback(got_err)
    if got_out != want_out:
        return fail(path, "stdout differs", unified_diff(want_out, got_out, "want stdout", "got stdout"))
    if got_err != want_err:
        return fail(path, "stderr differs", unified_diff(want_err, got_err, "want stderr", "got stderr"))
    if p.code != want_code:
        return fail(path, "%s, want exit status %d" % (describe_status(p), want_code))
    return Result(path, True)


def run_test_unoptimized(path):
    """testdata/run with -N: the same program, the same expected results."""
    r = run_test(path, ["-N"])
    r.path += " [-N]"
    return r


# ---- testdata/errors -------------------------------------------------------------------

# A quoted regexp of an ERROR comment: "..." or `...`, taken as is (no escapes,
# like Go's test/run.go).
QUOTED = re.compile(r'"([^"]*)"|`([^`]*)`')
ERROR_COMMENT = re.compile(r"//\s*ERROR\s+(.*)$")
ERRORAT_COMMENT = re.compile(r"//\s*ERRORAT\s+(\d+)\s+(.*)$")
DIAGNOSTIC = re.compile(r"^(.*?):(\d+):(\d+): (.*)$", re.S)


def quoted_regexps(s):
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in QUOTED.finditer(s)]


def expand_line_refs(rx, fname, lineno):
    """Go's errorcheck shorthand: LINE, LINE+N, LINE-N stand for fname:N."""
    def repl(m):
        n = lineno + (int(m.group(2)) if m.group(2) else 0) * (-1 if m.group(1) == "-" else 1)
        return "%s:%d" % (re.escape(fname), n)
    return re.sub(r"LINE(?:([+-])(\d+))?", repl, rx)


def expected_errors(path):
    """[(line, regexp)] from the ERROR and ERRORAT comments of a file."""
    fname = os.path.basename(path)
    want = []
    for lineno, line in enumerate(text(read_bytes(path)).split("\n"), 1):
        m = ERRORAT_COMMENT.search(line)
        if m:
            at = int(m.group(1))
            want += [(at, expand_line_refs(rx, fname, at)) for rx in quoted_regexps(m.group(2))]
            continue
        m = ERROR_COMMENT.search(line)
        if m:
            want += [(lineno, expand_line_refs(rx, fname, lineno)) for rx in quoted_regexps(m.group(1))]
    return want


def diagnostics(stderr):
    """The compiler's messages; as in gc, a line starting with a tab continues
    the message before it (`\thave (number)`)."""
    msgs = []
    for line in stderr.splitlines():
        if line.startswith("\t") and msgs:
            msgs[-1] += "\n" + line
        else:
            msgs.append(line)
    return msgs


def group_diagnostics(stderr, fnames):
    """({fname: {line: [message]}}, [problem]) from the compiler's stderr, for
    the test's files fnames (base names)."""
    got, problems = {f: {} for f in fnames}, []
    for msg in diagnostics(stderr):
        m = DIAGNOSTIC.match(msg)
        if msg.endswith("too many errors") and (m is None or m.group(4) == "too many errors"):
            continue
        if m is None or os.path.basename(m.group(1)) not in got:
            problems.append("unexpected output: " + msg)
            continue
        got[os.path.basename(m.group(1))].setdefault(int(m.group(2)), []).append(m.group(4))
    return got, problems


def match_errors(want, got, fname):
    """Problems left after matching the expected [(line, regexp)] against the
    messages {line: [message]}. As in Go's errorcheck, each regexp consumes
    every message on its line that it matches, and must match at least one;
    messages nothing consumed are unexpected."""
    problems = []
    for lineno, rx in want:
        try:
            cre = re.compile(rx)
        except re.error as e:
            problems.append("%s:%d: bad regexp `%s`: %s" % (fname, lineno, rx, e))
            continue
        msgs = got.get(lineno, [])
        matched = [msg for msg in msgs if cre.search(msg)]
        if not matched:
            problems.append("%s:%d: missing error matching `%s`%s" % (
                fname, lineno, rx, "; got: " + " | ".join(msgs) if msgs else ""))
        got[lineno] = [msg for msg in msgs if msg not in matched]
    for lineno in sorted(got):
        problems += ["%s:%d: unexpected error: %s" % (fname, lineno, msg) for msg in got[lineno]]
    return problems


def errors_test(path):
    """testdata/errors: the compiler must report exactly the expected errors
    (those of every file, for a directory)."""
    want_code = header_int(path, r"EXIT\s+(\d+)", 1)
    with tempfile.TemporaryDirectory(prefix="mgctest.") as tmp:
        b = mgc(["build", "-o", os.path.join(tmp, "prog"), os.path.basename(path)], os.path.dirname(path))
    if b.timed_out or b.code < 0:
        return fail(path, "compiler %s" % describe_status(b), head(b.err))

    srcs = go_sources(path)
    got, problems = group_diagnostics(text(b.err), [os.path.basename(s) for s in srcs])
    for src in srcs:
        fname = os.path.basename(src)
        problems += match_errors(expected_errors(src), got[fname], fname)
    if b.code != want_code:
        problems.insert(0, "compiler %s, want exit status %d" % (describe_status(b), want_code))
    if problems:
        return fail(path, problems[0], "\n".join(problems[1:]))
    return Result(path, True)


# ---- testdata/golden -------------------------------------------------------------------

def golden_compare(path, golden, flags, required):
    """One golden file: `mgc asm` with flags must reproduce it exactly."""
    a = mgc(["asm"] + flags + [os.path.basename(path)], os.path.dirname(path))
    if a.code != 0:
        return fail(path, "mgc asm %s failed (%s)" % (" ".join(flags), describe_status(a)), head(a.err))
    want = read_bytes(golden, None)
    if UPDATE_GOLDEN:
        if want != a.out:
            with open(golden, "wb") as f:
                f.write(a.out)
            return Result(path, True, "updated " + os.path.relpath(golden, ROOT))
        return Result(path, True)
    if want is None:
        if not required:
            return Result(path, True)
        return fail(path, "no %s (run make golden)" % os.path.basename(golden))
    if want != a.out:
        return fail(path, "assembly differs from %s (make golden accepts it)" % os.path.basename(golden),
                    unified_diff(text(want), text(a.out), os.path.basename(golden),
                                 " ".join(["mgc asm"] + flags)))
    return Result(path, True)


def golden_test(path):
    """testdata/golden: `mgc asm -N` must reproduce NAME.asm exactly (the
    unoptimized lowering), and `mgc asm` NAME.opt.asm."""
    base = os.path.splitext(path)[0]
    r = golden_compare(path, base + ".asm", ["-N"], True)
    if not r.ok:
        return r
    r2 = golden_compare(path, base + ".opt.asm", [], True)
    if not r2.ok or r2.detail:
        return r2
    return r


# ---- testdata/asmcheck -----------------------------------------------------------------

NASM_COMMENT = re.compile(r"//\s*nasm(-opt|-N)?:\s*(.*)$")
NASM_CHECK = re.compile(r'(-?)(?:`([^`]*)`|"([^"]*)")')
FUNC_DECL = re.compile(r"^func\s+(?:\(\s*\w*\s*(\*?)\s*(\w+)\s*\)\s*)?(\w+)\s*\(")
TOP_LABEL = re.compile(r"^[A-Za-z_?][^\s:;]*:")


def func_symbol(m):
    """The symbol of a func declaration: main.F, main.T.M or main.(*T).M."""
    star, recv, name = m.group(1), m.group(2), m.group(3)
    if recv is None:
        return "main." + name
    return "main.(*%s).%s" % (recv, name) if star else "main.%s.%s" % (recv, name)


def asm_checks(path, mode):
    """{symbol: [(negated, regexp, line)]} from the nasm comments of a file
    that apply in mode ("-opt" or "-N").

    A comment applies to the function it is inside, or, outside any function,
    to the next function declared.
    """
    checks, pending, current = {}, [], None
    for lineno, line in enumerate(text(read_bytes(path)).split("\n"), 1):
        decl = FUNC_DECL.match(line)
        if decl:
            current = func_symbol(decl)
            checks.setdefault(current, []).extend(pending)
            pending = []
        c = NASM_COMMENT.search(line)
        if c and c.group(1) in (None, mode):
            found = [(m.group(1) == "-", m.group(2) if m.group(2) is not None else m.group(3), lineno)
                     for m in NASM_CHECK.finditer(c.group(2))]
            if current is not None:
                checks[current].extend(found)
            else:
                pending.extend(found)
        if line.startswith("}"):
            current = None
    if pending:
        checks.setdefault(None, []).extend(pending)
    return checks


def nasm_label(symbol):
    """The label NASM is given for a Go symbol: characters NASM does not allow
    in a label are written $xx (codegen/amd64/symbol.c), main.(*T).M is
    main.$28$2aT$29.M."""
    return "".join(c if c.isalnum() or c in "._" else "$%02x" % ord(c) for c in symbol)


def function_text(asm, symbol):
    """The assembly from `symbol:` up to its `.end:` (or the next top-level
    label), or None."""
    lines = asm.split("\n")
    label = nasm_label(symbol)
    for i, line in enumerate(lines):
        if line.startswith(symbol + ":") or line.startswith(label + ":"):
            end = i + 1
            while end < len(lines) and not TOP_LABEL.match(lines[end]) and lines[end - 1] != ".end:":
                end += 1
            return "\n".join(lines[i:end])
    return None


def asmcheck_test(path):
    """testdata/asmcheck: regexps over the assembly of single functions, in
    both modes."""
    fname = os.path.basename(path)
    problems = []
    for mode, flags in (("-opt", []), ("-N", ["-N"])):
        checks = asm_checks(path, mode)
        if None in checks:
            return fail(path, "%s:%d: nasm comment after the last function" % (fname, checks[None][0][2]))
        a = mgc(["asm", "-annotate=none"] + flags + [fname], os.path.dirname(path))
        if a.code != 0:
            return fail(path, "mgc asm %s failed (%s)" % (" ".join(flags), describe_status(a)), head(a.err))
        problems += check_functions(text(a.out), checks, fname, mode)
    if not any(asm_checks(path, m) for m in ("-opt", "-N")):
        return fail(path, "no nasm comments")
    if problems:
        return fail(path, problems[0], "\n".join(problems[1:]))
    return Result(path, True)


def check_functions(asm, checks, fname, mode):
    """The problems of one mode's assembly against its checks."""
    problems = []
    for symbol, items in checks.items():
        body = function_text(asm, symbol)
        if body is None:
            problems.append("no label %s: in the assembly" % symbol)
            continue
        for negated, rx, lineno in items:
            found = re.search(rx, body, re.M) is not None
            if found == negated:
                problems.append("%s:%d: %s (%s): %s `%s`" % (
                    fname, lineno, symbol, "optimized" if mode == "-opt" else "-N",
                    "unwanted match for" if negated else "no match for", rx))
    return problems


# ---- testdata/m ------------------------------------------------------------------------

# The kinds of -m lines mgc decides: inlining, devirtualization and escape
# analysis (gc's <autogenerated> wrapper lines have no position and are left out).
M_KINDS = re.compile(r"^[^:]+:\d+:\d+: (can inline |inlining call to |devirtualizing |moved to heap: |"
                     r"leaking param|.* escapes to heap$|.* does not escape$)")


def m_lines(text):
    return sorted(l for l in text.splitlines() if M_KINDS.match(l))


def known_differences(path):
    """NAME.known: {'-': [gc-only lines], '+': [mgc-only lines]}."""
    known = {"-": [], "+": []}
    for line in text(read_bytes(path)).splitlines():
        line = line.split("  #")[0].rstrip()
        if line[:2] in ("- ", "+ "):
            known[line[0]].append(line[2:])
    return known


def m_test(path):
    """testdata/m: mgc's -m lines of the implemented kinds equal go1.19's."""
    base = path[:-3]
    d, name = os.path.dirname(path), os.path.basename(path)
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "prog")
        p = mgc(["build", "-m", "-o", exe, name], d)
        if p.code != 0:
            return fail(path, "mgc build -m: " + describe_status(p), head(p.err, 20))
        got = m_lines(text(p.err))
        want = m_lines(text(read_bytes(base + ".m")))
        known = known_differences(base + ".known")
        for line in known["-"]:
            if line in want:
                want.remove(line)
        for line in known["+"]:
            if line in got:
                got.remove(line)
        if got != want:
            return fail(path, "-m decisions differ from go1.19's",
                        unified_diff("\n".join(want) + "\n", "\n".join(got) + "\n", "go1.19", "mgc"))
    return Result(path, True)


# ---- testdata/parse --------------------------------------------------------------------

def parse_test(path):
    """testdata/parse: the AST dump must succeed quietly and say something."""
    d = mgc(["dump", "-phase=ast", os.path.basename(path)], os.path.dirname(path))
    if d.code != 0:
        return fail(path, "mgc dump -phase=ast: %s" % describe_status(d), head(d.err))
    if d.err:
        return fail(path, "mgc dump -phase=ast wrote to stderr", head(d.err))
    if not d.out.strip():
        return fail(path, "mgc dump -phase=ast printed nothing")
    return Result(path, True)


# ---- testdata/scripts ------------------------------------------------------------------

def script_test(path):
    """testdata/scripts/*.sh: run from the repository root with MGC set; exit 0.
    A `# timeout: N` line raises the time limit to N seconds."""
    env = mgc_env()
    env["MGC"] = MGC
    with open(path, encoding="utf-8") as f:
        m = re.search(r"^#\s*timeout:\s*(\d+)\s*$", f.read(), re.M)
    p = run([path], ROOT, int(m.group(1)) if m else SCRIPT_TIMEOUT, env=env)
    if p.code != 0:
        return fail(path, describe_status(p), head(p.out + p.err, 20))
    return Result(path, True)


# ---- Collecting and running -------------------------------------------------------------

def collect():
    """[(path, function)] for every test, in a stable order."""
    def files(sub, ext):
        d = os.path.join(ROOT, "testdata", sub)
        if not os.path.isdir(d):
            return []
        return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(ext)]

    tests = []
    runs = files("run", ".go") + [p for p in files("run", "") if os.path.isdir(p) and go_sources(p)]
    tests += [(p, run_test) for p in runs]
    tests += [(p, run_test_unoptimized) for p in runs]
    tests += [(p, errors_test) for p in files("errors", ".go") +
              [p for p in files("errors", "") if os.path.isdir(p) and go_sources(p)]]
    tests += [(p, golden_test) for p in files("golden", ".go")]
    tests += [(p, asmcheck_test) for p in files("asmcheck", ".go")]
    tests += [(p, m_test) for p in files("m", ".go")]
    tests += [(p, parse_test) for p in files("parse", ".go")]
    tests += [(p, script_test) for p in files("scripts", ".sh") if os.access(p, os.X_OK)]
    return tests


def run_one(path, func):
    try:
        return func(path)
    except Exception as e:  # a bug in the runner or an unreadable file: report, go on
        return fail(path, "runner error: %s: %s" % (type(e).__name__, e))


def report(r, verbose):
    rel = os.path.relpath(r.path, ROOT)
    if not r.ok:
        print("FAIL %s: %s" % (rel, r.detail), flush=True)
    elif verbose or r.detail:
        print("ok   %s%s" % (rel, ": " + r.detail if r.detail else ""), flush=True)


def find_mgc(arg):
    """The compiler: --mgc (relative to the current directory, else to ROOT)."""
    if arg is None:
        return os.path.join(ROOT, "mgc")
    if os.path.isabs(arg) or os.path.exists(arg):
        return os.path.abspath(arg)
    return os.path.join(ROOT, arg)


def main():
    global MGC, UPDATE_GOLDEN
    ap = argparse.ArgumentParser(description="Run mgc's tests (see the docstring of this file).")
    ap.add_argument("--mgc", help="the compiler to test (default: ./mgc at the repository root)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list passing tests")
    ap.add_argument("--update-golden", action="store_true", help="rewrite testdata/golden/*.asm")
    ap.add_argument("filters", nargs="*", help="run only tests whose path contains one of these")
    args = ap.parse_args()

    MGC = find_mgc(args.mgc)
    UPDATE_GOLDEN = args.update_golden
    if not os.access(MGC, os.X_OK):
        print("runtests: no compiler at %s (run make)" % MGC, file=sys.stderr)
        return 2

    tests = collect()
    if UPDATE_GOLDEN:
        tests = [(p, f) for p, f in tests if f is golden_test]
    if args.filters:
        tests = [(p, f) for p, f in tests
                 if any(s in os.path.relpath(p, ROOT) for s in args.filters)]

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(run_one, p, f) for p, f in tests]
        for fut in futures:   # in submission order, so the report is stable
            r = fut.result()
            report(r, args.verbose)
            if r.ok:
                passed += 1
            else:
                failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
