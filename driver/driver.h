// driver.h: the mgc command's helpers: finding sources, files and temporary
// directories, and running nasm, cc and the compiled program.
#ifndef MGC_DRIVER_H
#define MGC_DRIVER_H

#include "../codegen/amd64/amd64.h"
#include "../common/common.h"

void usage_error(const char *fmt, const char *arg) __attribute__((noreturn));

// find_sources returns the .go files of a program: the file itself, or every
// .go file of a directory (except _test.go files), sorted by name.
Vec find_sources(const char *path);

Annotate parse_annotate(const char *s);
const char *default_output_name(const char *first_source);
void write_output(const char *path, const char *text);  // NULL: stdout

const char *mgc_root(void);  // $MGC_ROOT, else the mgc executable's directory

const char *make_temp_dir(void);
void remove_temp_dir(const char *dir);

// assemble_and_link runs nasm on each part of the assembly (const char*
// texts), up to `jobs` at once, and links the objects in order with the
// runtime into `out` (and with libre2 if re2: the program imports regexp). A
// failing tool's output is shown; returns success.
bool assemble_and_link(const Vec *parts, int jobs, const char *out, bool debug, bool re2);

// BuildTrace: `-x` prints every command mgc runs (nasm, cc) on stderr, as
// go build -x does; `-v` prints the time each phase took.
typedef struct BuildTrace {
    bool commands;      // -x
    bool times;         // -v
} BuildTrace;
extern BuildTrace build_trace;

// phase_begin and phase_end bracket one phase (parse, check, lower, optimize,
// emit, assemble, link); with -v, phase_end prints its time.
void phase_begin(const char *name);
void phase_end(void);

// run_program runs exe with args and returns its exit status (128+N if it was
// killed by signal N, as a shell reports it).
int run_program(const char *exe, int argc, char **argv);

#endif
