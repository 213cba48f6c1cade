// main.c: the mgc command. It runs the phases in order (parse, check, lower,
// emit), then nasm and cc, and reports every failure: a compile error with
// status 1, a usage error with status 2, a failing tool with its own output.
#include "driver.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../codegen/amd64/amd64.h"
#include "../codegen/codegen.h"
#include "../explain/explain.h"
#include "../escape/escape.h"
#include "../inline/inline.h"
#include "../opt/opt.h"
#include "../parser/parser.h"
#include "../typecheck/typecheck.h"

#define MGC_VERSION "0.1"

static const char usage_text[] =
    "mgc compiles mini-Go programs (a subset of Go 1.19) to amd64 executables.\n"
    "\n"
    "Usage:\n"
    "  mgc build [-o out] [-g] [-N] [-l] [-m] [-x] [-v] [-j N] file.go|dir\n"
    "                                        compile to an executable\n"
    "  mgc run [-g] [-N] [-l] [-m] [-x] [-v] [-j N] file.go|dir [args...]\n"
    "                                        build in a temporary place and run\n"
    "  mgc asm [-o out.asm] [-N] [-l] [-m] [-annotate=none|lines|lower] file.go|dir\n"
    "                                        print the NASM assembly\n"
    "  mgc check file.go|dir                 type-check only\n"
    "  mgc explain [-o out.html] [-N] [-gc] file.go|dir\n"
    "                                        the lowering as one HTML page: source and\n"
    "                                        assembly side by side, every phase, the type\n"
    "                                        descriptors and itabs; -gc adds go1.19's\n"
    "                                        assembly\n"
    "  mgc dump [-N] -phase=tokens|ast|types|lower|ssa|typedata|pcln [-func=SYM] file.go|dir\n"
    "                                        -phase=ssa: the IR after each optimization pass\n"
    "  mgc version                           print the version\n"
    "  mgc help                              print this help\n"
    "\n"
    "-N disables optimization (gc's -gcflags=-N): every virtual register in its own\n"
    "stack slot and every allocation on the heap, the code the Go articles show in\n"
    "gdb. -l disables inlining (gc's -gcflags=-l); -m prints the inlining,\n"
    "devirtualization and escape decisions in gc's words (-gcflags=-m).\n"
    "-x prints the commands mgc runs (nasm, cc), -v the time each phase takes.\n"
    "-j N runs up to N nasm processes at once on a large program's parts (default:\n"
    "the number of processors).\n";

void usage_error(const char *fmt, const char *arg) {
    fputs("mgc: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n\n", stderr);
    fputs(usage_text, stderr);
    exit(2);
}

// ---- The phases ---------------------------------------------------------------------

// stop_on_errors prints the errors so far and exits with status 1 if any.
static void stop_on_errors(void) {
    if (flush_errors() > 0)
        exit(1);
}

static Vec parse_all(Vec *paths) {
    phase_begin("parse");
    Vec files = {0};
    for (int i = 0; i < paths->len; i++) {
        const char *path = VEC_AT(paths, i);
        size_t len;
        char *text = read_file(path, &len);
        if (!text)
            fatal("cannot read %s", path);
        register_source(path, text, len);
        vec_push(&files, parse_file(path, text, len));
    }
    stop_on_errors();
    phase_end();
    return files;
}

// load_library parses the stub of a library package, lib/<path>.go under the
// mgc tree (typecheck/library.c); no stub means mgc does not offer it yet.
static Vec load_library(const char *path) {
    const char *dir = arena_printf("%s/lib", mgc_root());
    if (access(dir, R_OK) != 0)
        fatal("cannot find the library stubs %s; set MGC_ROOT to the mgc source tree", dir);
    const char *file = arena_printf("%s/%s.go", dir, path);
    size_t len;
    char *text = read_file(file, &len);
    if (!text)
        return (Vec){0};
    register_source(file, text, len);
    Vec files = {0};
    vec_push(&files, parse_file(file, text, len));
    return files;
}

static Program *check_all(Vec *paths) {
    Vec files = parse_all(paths);
    phase_begin("check");
    Program *p = check_program(&files, load_library);
    stop_on_errors();
    phase_end();
    return p;
}

// lower_checked runs the phases from a checked program to the IR (without
// escape analysis under -N).
static IrModule *lower_checked(Program *p, const char *source, bool escape, Vec *report) {
    add_implicit_conversions(p);  // codegen/implicit.c
    inl_analyze(p, report);       // inline/cost.c: which functions can be inlined
    if (escape)
        escape_analyze(p, report);  // escape/: what can live in the frame (not with -N)
    IrModule *m = lower_program(p, source);
    stop_on_errors();  // a stack frame too large
    return m;
}

// imports_package reports whether the program imports library package path
// (directly or through another library package).
static bool imports_package(Program *p, const char *path) {
    for (int i = 0; i < p->packages.len; i++)
        if (strcmp(((Package *)VEC_AT(&p->packages, i))->path, path) == 0)
            return true;
    return false;
}

// lower_all runs the phases up to the IR. *link_re2 (if not NULL) tells whether
// the program imports regexp, whose C half needs libre2 at link time.
static IrModule *lower_all(Vec *paths, bool escape, Vec *report, bool *link_re2) {
    Program *p = check_all(paths);
    if (link_re2)
        *link_re2 = imports_package(p, "regexp");
    phase_begin("lower");
    IrModule *m = lower_checked(p, VEC_AT(paths, 0), escape, report);
    phase_end();
    return m;
}

// print_report writes -m's lines to stderr, as gc does: first which functions
// can be inlined, in the order they were decided, then the inlined calls, in
// source order.
static int by_position(const void *x, const void *y) {
    const InlReport *a = *(InlReport *const *)x, *b = *(InlReport *const *)y;
    int c = strcmp(a->pos.file, b->pos.file);
    if (c == 0)
        c = a->pos.line != b->pos.line ? a->pos.line - b->pos.line : a->pos.col - b->pos.col;
    return c;
}

static void print_report(Vec *report) {
    if (!report)
        return;
    int calls = 0;
    while (calls < report->len && strncmp(((InlReport *)report->items[calls])->text, "can inline", 10) == 0)
        calls++;
    qsort(report->items + calls, (size_t)(report->len - calls), sizeof(void *), by_position);
    for (int i = 0; i < report->len; i++) {
        InlReport *r = report->items[i];
        fprintf(stderr, "%s:%d:%d: %s\n", r->pos.file, r->pos.line, r->pos.col, r->text);
    }
}

// compile runs every phase before the emitter and returns the module. The
// optimizer runs unless -N asked for the unoptimized code. For an executable (`link`),
// the functions and data nothing live reaches are dropped first (before the
// optimizer spends time on them), as gc's linker drops them
// (codegen/deadcode.c); `mgc asm` shows all.
static IrModule *compile(Vec *paths, const AsmOptions *opt, bool link, const OptOptions *middle,
                         bool *link_re2) {
    IrModule *m = lower_all(paths, opt->optimize, middle->report, link_re2);
    if (link) {
        phase_begin("deadcode");
        eliminate_dead_code(m);
        phase_end();
    }
    if (opt->optimize) {
        phase_begin("optimize");
        opt_module(m, middle);
        phase_end();
    }
    print_report(middle->report);
    return m;
}

// compile_to_asm: the NASM text of the whole module, for `mgc asm`.
static const char *compile_to_asm(Vec *paths, const AsmOptions *opt, const OptOptions *middle) {
    IrModule *m = compile(paths, opt, false, middle, NULL);
    Buf out = {0};
    amd64_emit_module(&out, m, opt);
    return buf_cstr(&out);
}

// compile_to_parts: for an executable, the NASM files that nasm assembles
// side by side, `jobs` at a time (amd64_emit_parts).
static Vec compile_to_parts(Vec *paths, const AsmOptions *opt, const OptOptions *middle, int jobs,
                            bool *link_re2) {
    IrModule *m = compile(paths, opt, true, middle, link_re2);
    phase_begin("emit");
    Vec parts = amd64_emit_parts(m, opt, jobs);
    phase_end();
    return parts;
}

// ---- Commands ------------------------------------------------------------------------

typedef struct Options {
    const char *out;
    bool debug;
    bool no_opt;        // -N
    bool no_inline;     // -l
    bool report;        // -m: print the inliner's and escape analysis's decisions
    Vec decisions;      // with -m: InlReport*
    bool gc;            // explain -gc
    Annotate annotate;
    const char *phase;
    const char *func;   // dump -func=SYM
    Vec paths;          // the .go files of the program
    int arg_index;      // first program argument (mgc run)
    int jobs;           // -j: nasm processes at once (default: the processors online)
} Options;

static int parse_jobs(const char *arg) {
    char *end;
    long n = strtol(arg, &end, 10);
    if (*end || n < 1 || n > 256)
        usage_error("-j wants a number of jobs from 1 to 256, not %s", arg);
    return (int)n;
}

// parse_options reads flags, then the file or directory; `run` stops there and
// leaves the rest for the program.
static Options parse_options(int argc, char **argv, const char *cmd) {
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    Options o = {.annotate = ANNOTATE_LINES, .jobs = cpus > 0 ? (int)cpus : 1};
    int i = 2;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-o") == 0 && i + 1 < argc && strcmp(cmd, "run") != 0)
            o.out = argv[++i];
        else if (strcmp(a, "-g") == 0 && (strcmp(cmd, "build") == 0 || strcmp(cmd, "run") == 0))
            o.debug = true;
        else if (strncmp(a, "-annotate=", 10) == 0 && strcmp(cmd, "asm") == 0)
            o.annotate = parse_annotate(a + 10);
        else if (strncmp(a, "-phase=", 7) == 0 && strcmp(cmd, "dump") == 0)
            o.phase = a + 7;
        else if (strncmp(a, "-func=", 6) == 0 && strcmp(cmd, "dump") == 0)
            o.func = a + 6;
        else if (strcmp(a, "-gc") == 0 && strcmp(cmd, "explain") == 0)
            o.gc = true;
        else if (strcmp(a, "-N") == 0 && strcmp(cmd, "check") != 0)
            o.no_opt = true;
        else if (strcmp(a, "-l") == 0 && strcmp(cmd, "check") != 0)
            o.no_inline = true;
        else if (strcmp(a, "-m") == 0 && strcmp(cmd, "check") != 0)
            o.report = true;
        else if (strcmp(a, "-x") == 0 && (strcmp(cmd, "build") == 0 || strcmp(cmd, "run") == 0))
            build_trace.commands = true;
        else if (strcmp(a, "-v") == 0 && (strcmp(cmd, "build") == 0 || strcmp(cmd, "run") == 0))
            build_trace.times = true;
        else if (strcmp(a, "-j") == 0 && i + 1 < argc &&
                 (strcmp(cmd, "build") == 0 || strcmp(cmd, "run") == 0))
            o.jobs = parse_jobs(argv[++i]);
        else
            usage_error("unknown flag %s", a);
    }
    if (i >= argc)
        usage_error("%s: no input file or directory", cmd);
    o.paths = find_sources(argv[i]);
    o.arg_index = i + 1;
    if (o.arg_index < argc && strcmp(cmd, "run") != 0)
        usage_error("unexpected argument %s", argv[o.arg_index]);
    return o;
}

// middle_options are the optimizer's options a command line asks for.
static OptOptions middle_options(Options *o) {
    return (OptOptions){.no_inline = o->no_inline, .report = o->report ? &o->decisions : NULL};
}

static int cmd_asm(Options *o) {
    AsmOptions opt = {.annotate = o->annotate, .optimize = !o->no_opt};
    OptOptions middle = middle_options(o);
    const char *text = compile_to_asm(&o->paths, &opt, &middle);
    write_output(o->out, text);
    return 0;
}

// build_options: what `mgc build` and `mgc run` ask of the back end. Their
// assembly is read by nasm only, so it has no comments (`mgc asm` shows them).
static AsmOptions build_options(Options *o) {
    return (AsmOptions){.annotate = ANNOTATE_NONE, .debug_lines = o->debug, .dwarf = o->debug,
                        .optimize = !o->no_opt, .pcln = true, .bare = true};
}

static int cmd_build(Options *o) {
    AsmOptions opt = build_options(o);
    OptOptions middle = middle_options(o);
    bool re2 = false;
    Vec parts = compile_to_parts(&o->paths, &opt, &middle, o->jobs, &re2);
    const char *out = o->out ? o->out : default_output_name(VEC_AT(&o->paths, 0));
    return assemble_and_link(&parts, o->jobs, out, o->debug, re2) ? 0 : 1;
}

static int cmd_run(Options *o, int argc, char **argv) {
    AsmOptions opt = build_options(o);
    OptOptions middle = middle_options(o);
    bool re2 = false;
    Vec parts = compile_to_parts(&o->paths, &opt, &middle, o->jobs, &re2);
    const char *dir = make_temp_dir();
    const char *exe = arena_printf("%s/%s", dir, default_output_name(VEC_AT(&o->paths, 0)));
    if (!assemble_and_link(&parts, o->jobs, exe, o->debug, re2)) {
        remove_temp_dir(dir);
        return 1;
    }
    int status = run_program(exe, argc - o->arg_index, argv + o->arg_index);
    remove_temp_dir(dir);
    return status;
}

// dump_pcln shows the pc-line table of the executable `mgc build` would make
// (mgc_pclntab, docs/ABI.md): the same functions, optimized unless -N.
static void dump_pcln(Buf *out, Options *o) {
    IrModule *m = lower_all(&o->paths, !o->no_opt, NULL, NULL);
    eliminate_dead_code(m);
    OptOptions middle = middle_options(o);
    if (!o->no_opt)
        opt_module(m, &middle);
    amd64_dump_pcln(out, m, &(AsmOptions){.annotate = ANNOTATE_LINES, .optimize = !o->no_opt});
}

static int cmd_dump(Options *o) {
    Buf out = {0};
    const char *phase = o->phase ? o->phase : "";
    if (strcmp(phase, "tokens") == 0) {
        for (int i = 0; i < o->paths.len; i++) {
            const char *path = VEC_AT(&o->paths, i);
            size_t len;
            char *text = read_file(path, &len);
            if (!text)
                fatal("cannot read %s", path);
            register_source(path, text, len);
            dump_tokens(&out, path, text, len);
        }
        stop_on_errors();
    } else if (strcmp(phase, "ast") == 0) {
        Vec files = parse_all(&o->paths);
        for (int i = 0; i < files.len; i++)
            ast_dump(&out, VEC_AT(&files, i));
    } else if (strcmp(phase, "types") == 0) {
        types_dump(&out, check_all(&o->paths));
    } else if (strcmp(phase, "lower") == 0) {
        ir_dump(&out, lower_all(&o->paths, !o->no_opt, NULL, NULL));
    } else if (strcmp(phase, "ssa") == 0) {
        IrModule *m = lower_all(&o->paths, !o->no_opt, NULL, NULL);
        OptOptions middle = middle_options(o);
        middle.trace = &out;
        middle.func = o->func;
        if (!o->no_opt)
            opt_module(m, &middle);
    } else if (strcmp(phase, "typedata") == 0) {
        dump_typedata(&out, check_all(&o->paths), VEC_AT(&o->paths, 0));
    } else if (strcmp(phase, "pcln") == 0) {
        dump_pcln(&out, o);
    } else {
        usage_error("dump: -phase must be tokens, ast, types, lower, ssa, typedata or pcln (got '%s')",
                    phase);
    }
    fputs(buf_cstr(&out), stdout);
    return 0;
}

// cmd_explain runs every phase once, keeping what each one shows, and hands it
// all to explain/ for the page (explain/explain.h). The assembly is the one
// `mgc asm -annotate=lower` prints, with -g's %line directives, which give
// every instruction its Go line.
static int cmd_explain(Options *o) {
    ExplainInput in = {.optimize = !o->no_opt, .gc = o->gc};
    Vec nodes = parse_all(&o->paths);
    for (int i = 0; i < nodes.len; i++) {
        const char *path = VEC_AT(&o->paths, i);
        size_t len;
        const char *text = read_file(path, &len);
        vec_push(&in.files, explain_file(path, text ? text : "", text ? len : 0, VEC_AT(&nodes, i)));
    }
    Program *p = check_program(&nodes, load_library);
    stop_on_errors();
    for (int i = 0; i < nodes.len; i++)
        explain_file_types(VEC_AT(&in.files, i), VEC_AT(&nodes, i));
    IrModule *m = lower_checked(p, VEC_AT(&o->paths, 0), !o->no_opt, NULL);
    Buf trace = {0}, text = {0}, page = {0};
    OptOptions middle = middle_options(o);
    middle.trace = &trace;
    if (in.optimize)
        opt_module(m, &middle);
    AsmOptions opt = {.annotate = ANNOTATE_LOWER, .debug_lines = true, .optimize = in.optimize};
    amd64_emit_module(&text, m, &opt);
    in.m = m;
    in.trace = in.optimize ? buf_cstr(&trace) : NULL;
    in.asm_text = buf_cstr(&text);
    explain_write_page(&page, &in);
    const char *out = o->out ? o->out
                             : arena_printf("%s.html", default_output_name(VEC_AT(&o->paths, 0)));
    write_output(out, buf_cstr(&page));
    if (!o->out)
        fprintf(stderr, "mgc: wrote %s\n", out);
    return 0;
}

static int mgc_main(int argc, char **argv) {
    if (argc < 2)
        usage_error("%s", "no command given");
    const char *cmd = argv[1];
    if (strcmp(cmd, "version") == 0) {
        printf("mgc version %s (a subset of go1.19) linux/amd64\n", MGC_VERSION);
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        fputs(usage_text, stdout);
        return 0;
    }
    bool known = strcmp(cmd, "build") == 0 || strcmp(cmd, "run") == 0 ||
                 strcmp(cmd, "asm") == 0 || strcmp(cmd, "check") == 0 || strcmp(cmd, "dump") == 0 ||
                 strcmp(cmd, "explain") == 0;
    if (!known)
        usage_error("unknown command %s", cmd);
    Options o = parse_options(argc, argv, cmd);
    if (strcmp(cmd, "build") == 0)
        return cmd_build(&o);
    if (strcmp(cmd, "run") == 0)
        return cmd_run(&o, argc, argv);
    if (strcmp(cmd, "asm") == 0)
        return cmd_asm(&o);
    if (strcmp(cmd, "dump") == 0)
        return cmd_dump(&o);
    if (strcmp(cmd, "explain") == 0)
        return cmd_explain(&o);
    check_all(&o.paths);
    return 0;
}

// ---- A stack for deep programs ---------------------------------------------------------

// The checker and the lowering walk the syntax tree recursively, so a program
// of 10,000 nested calls, operators or literals (which gc compiles) needs
// more stack than the 8 MiB a process starts with. mgc runs on a thread with
// STACK_SIZE of stack, reserved but touched only as deep as the program
// goes; the parser's YYMAXDEPTH bounds the nesting well within it, with the
// diagnostic "program too deeply nested". The fuzzer's build (make fuzz)
// asks for less: AddressSanitizer clears the shadow of the whole stack at
// each thread's end, 128 MiB for 1 GiB, which would cost more than the run.
#ifndef MGC_STACK_SIZE
#define MGC_STACK_SIZE (1 << 30)
#endif
enum { STACK_SIZE = MGC_STACK_SIZE };

typedef struct MainArgs {
    int argc;
    char **argv;
    int status;
} MainArgs;

// finish_output flushes what mgc wrote on stdout (asm, dump): a full disk or
// a closed pipe is an error, not a listing silently cut short.
static int finish_output(int status) {
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "mgc: error writing standard output: %s\n", strerror(errno));
        return 1;
    }
    return status;
}

static void *run_main(void *arg) {
    MainArgs *a = arg;
    a->status = mgc_main(a->argc, a->argv);
    return NULL;
}

int main(int argc, char **argv) {
    MainArgs a = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) != 0 || pthread_attr_setstacksize(&attr, STACK_SIZE) != 0 ||
        pthread_create(&thread, &attr, run_main, &a) != 0) {
        run_main(&a);   // no big stack to be had: deep programs may not compile
        return finish_output(a.status);
    }
    pthread_join(thread, NULL);
    return finish_output(a.status);
}
