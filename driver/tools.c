// tools.c: files, temporary directories and the external tools (nasm, cc).
#include "driver.h"

#include <time.h>

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

Vec find_sources(const char *path) {
    Vec files = {0};
    struct stat st;
    if (stat(path, &st) != 0)
        fatal("cannot find %s: %s", path, strerror(errno));
    if (!S_ISDIR(st.st_mode)) {
        if (!has_suffix(path, ".go"))
            usage_error("%s is not a .go file", path);
        vec_push(&files, (void *)path);
        return files;
    }
    DIR *d = opendir(path);
    if (!d)
        fatal("cannot read directory %s: %s", path, strerror(errno));
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (has_suffix(e->d_name, ".go") && !has_suffix(e->d_name, "_test.go"))
            vec_push(&files, arena_printf("%s/%s", path, e->d_name));
    closedir(d);
    if (files.len == 0)
        fatal("no .go files in %s", path);
    qsort(files.items, (size_t)files.len, sizeof(void *), compare_names);
    return files;
}

Annotate parse_annotate(const char *s) {
    if (strcmp(s, "none") == 0)
        return ANNOTATE_NONE;
    if (strcmp(s, "lines") == 0)
        return ANNOTATE_LINES;
    if (strcmp(s, "lower") == 0)
        return ANNOTATE_LOWER;
    usage_error("-annotate must be none, lines or lower (got '%s')", s);
}

// default_output_name is the source's base name without .go, as go build names it.
const char *default_output_name(const char *first_source) {
    const char *base = strrchr(first_source, '/');
    base = base ? base + 1 : first_source;
    size_t n = strlen(base);
    if (n > 3 && strcmp(base + n - 3, ".go") == 0)
        n -= 3;
    return arena_strndup(base, n);
}

void write_output(const char *path, const char *text) {
    FILE *f = path ? fopen(path, "w") : stdout;
    if (!f)
        fatal("cannot write %s: %s", path, strerror(errno));
    fputs(text, f);
    if (path && fclose(f) != 0)
        fatal("cannot write %s: %s", path, strerror(errno));
}

const char *make_temp_dir(void) {
    const char *tmp = getenv("TMPDIR");
    char *templ = arena_printf("%s/mgc-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(templ))
        fatal("cannot create a temporary directory: %s", strerror(errno));
    return templ;
}

void remove_temp_dir(const char *dir) {
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL)
            if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
                unlink(arena_printf("%s/%s", dir, e->d_name));
        closedir(d);
    }
    rmdir(dir);
}

// BuildTrace is what -x and -v asked for (driver.h).
BuildTrace build_trace;

// print_command writes argv as one shell line on stderr (-x, as go build -x).
static void print_command(char **argv) {
    for (char **a = argv; *a; a++)
        fprintf(stderr, "%s%s", a == argv ? "" : " ", *a);
    fputc('\n', stderr);
}

// start_tool starts argv[0] with its output on our stderr, so nothing a tool
// says is lost; finish_tool waits for it and reports a failure naming it.
static pid_t start_tool(char **argv) {
    if (build_trace.commands)
        print_command(argv);
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0)
        fatal("cannot run %s: %s", argv[0], strerror(errno));
    if (pid == 0) {
        dup2(2, 1);
        execvp(argv[0], argv);
        fprintf(stderr, "mgc: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    return pid;
}

static bool finish_tool(char **argv, pid_t pid) {
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            fatal("waiting for %s: %s", argv[0], strerror(errno));
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return true;
    fprintf(stderr, "mgc: %s failed (%s %d)\n", argv[0],
            WIFEXITED(status) ? "exit status" : "signal",
            WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    return false;
}

static bool run_tool(char **argv) { return finish_tool(argv, start_tool(argv)); }

// mgc_root is the mgc tree that holds runtime/libmgcrt.a and lib/: $MGC_ROOT,
// else the directory of the mgc executable.
const char *mgc_root(void) {
    const char *root = getenv("MGC_ROOT");
    if (root && *root)
        return root;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        fatal("cannot locate the mgc executable; set MGC_ROOT");
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    return arena_strdup(exe);
}

static const char *runtime_library(void) {
    const char *lib = arena_printf("%s/runtime/libmgcrt.a", mgc_root());
    if (access(lib, R_OK) != 0)
        fatal("cannot find the runtime library %s; set MGC_ROOT to the mgc source tree", lib);
    return lib;
}

bool assemble_and_link(const Vec *parts, int jobs, const char *out, bool debug, bool re2) {
    const char *dir = make_temp_dir();
    // nasm -f elf64 -O1 -o progK.o progK.asm, one process per part, up to
    // `jobs` at a time (each new one when the oldest running ends)
    // -O1 sizes each jump once instead of nasm's default multi-pass -Ox, whose
    // pass count grows with the file (quadratic time; docs/BUILDING.md). Under
    // -g the assembly carries its own DWARF (codegen/amd64/dwarf.c), so nasm's
    // -g -F dwarf, which would add a second, line-only compile unit, is not used.
    char ***nasm = arena_alloc(sizeof(char **) * (size_t)parts->len);
    char **objs = arena_alloc(sizeof(char *) * (size_t)parts->len);
    pid_t *pids = arena_alloc(sizeof(pid_t) * (size_t)parts->len);
    phase_begin("assemble");
    bool ok = true;
    for (int k = 0, done = 0; done < parts->len;) {
        if (k < parts->len && k - done < jobs) {
            const char *asm_path = arena_printf("%s/prog%d.asm", dir, k);
            write_output(asm_path, VEC_AT(parts, k));
            objs[k] = (char *)arena_printf("%s/prog%d.o", dir, k);
            char **a = nasm[k] = arena_alloc(sizeof(char *) * 8);
            *a++ = "nasm", *a++ = "-f", *a++ = "elf64", *a++ = "-O1";
            *a++ = "-o", *a++ = objs[k], *a++ = (char *)asm_path;
            pids[k] = start_tool(nasm[k]);
            k++;
        } else {
            if (!finish_tool(nasm[done], pids[done]))
                ok = false;
            done++;
        }
    }
    phase_end();
    // cc -no-pie -Wl,--gc-sections -Wl,-z,noseparate-code
    //    -Wl,--section-start=mgc_lbss=0x200000000 [-g | -Wl,-S,-x] -o out prog*.o
    //    libmgcrt.a libgc.a
    //    [-lre2 -lstdc++] -lpthread -lm
    // The runtime is compiled a section per function, so the runtime functions
    // a program never reaches are left out (--gc-sections). Without -g the
    // executable keeps only global symbols (functions, for gdb's bt and
    // tracebacks): no debug sections (-S), no local labels (-x). Code and
    // read-only data share pages (noseparate-code), as gc's linker lays them
    // out, instead of each segment starting on a page of its own. A program
    // that imports regexp links Debian's RE2 and the C++ library it needs
    // (runtime/regexp.cc). Package variables of 16 MB or more are in
    // mgc_lbss, placed at 8 GB, away from the 2 GB that the rest of the
    // program's code and data must fit in (codegen/amd64 LARGE_DATA).
    char **cc = arena_alloc(sizeof(char *) * (size_t)(parts->len + 20)), **c = cc;
    *c++ = "cc", *c++ = "-no-pie", *c++ = "-Wl,--gc-sections", *c++ = "-Wl,-z,noseparate-code";
    *c++ = "-Wl,--section-start=mgc_lbss=0x200000000";
    *c++ = debug ? "-g" : "-Wl,-S,-x";
    *c++ = "-o", *c++ = (char *)out;
    for (int k = 0; k < parts->len; k++)
        *c++ = objs[k];   // in order: the functions stay in order
    *c++ = (char *)runtime_library();
    *c++ = "-l:libgc.a";
    if (re2)
        *c++ = "-lre2", *c++ = "-lstdc++";
    *c++ = "-lpthread", *c++ = "-lm";
    phase_begin("link");
    if (ok)
        ok = run_tool(cc);
    // strip -w -N 'GC_*' out: without -g, the symbol table keeps the program's
    // functions and the runtime's, not the collector's 400 internal ones.
    char *strip[8] = {"strip", "-w", "-N", "GC_*", (char *)out};
    if (ok && !debug)
        ok = run_tool(strip);
    phase_end();
    remove_temp_dir(dir);
    return ok;
}

// ---- -v: the time of each phase -------------------------------------------------------

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *phase_name;
static double phase_start;

void phase_begin(const char *name) {
    phase_name = name;
    phase_start = now_seconds();
}

void phase_end(void) {
    if (build_trace.times && phase_name)
        fprintf(stderr, "mgc: %-9s %8.3f s  %6zu MB\n", phase_name, now_seconds() - phase_start,
                arena_bytes >> 20);
    phase_name = NULL;
}

int run_program(const char *exe, int argc, char **argv) {
    char **args = arena_alloc(sizeof(char *) * (size_t)(argc + 2));
    args[0] = (char *)exe;
    for (int i = 0; i < argc; i++)
        args[i + 1] = argv[i];
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0)
        fatal("cannot run %s: %s", exe, strerror(errno));
    if (pid == 0) {
        execv(exe, args);
        fprintf(stderr, "mgc: cannot run %s: %s\n", exe, strerror(errno));
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            fatal("waiting for %s: %s", exe, strerror(errno));
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
