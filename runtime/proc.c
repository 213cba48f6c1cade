// proc.c: process entry and the one goroutine.
//
// C's main does the work that Go splits over rt0_go (rt/asm_amd64.s), schedinit
// and runtime.main (rt/proc.go): remember the arguments, start the memory
// manager, install the signal handlers, run package initialization, run
// main.main, exit 0. mgc has no scheduler: the program is goroutine 1 running
// on the process's main thread and its stack.
#include <gc.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "type.h"

int runtime_argc;
char **runtime_argv;
uintptr_t runtime_stack_lo, runtime_stack_hi;

// The single goroutine (Go's g for goroutine 1). = getg
static g g1;

g *getg(void) {
    return &g1;
}

// Go lets a goroutine stack grow to maxstacksize = 1e9 bytes (set in
// runtime.main). Our stack is the main thread's, limited by RLIMIT_STACK
// (usually 8 MB). The kernel checks that limit each time the stack grows, so
// raising the soft limit here (up to the hard limit, at most 1e9) lets deep
// recursion go about as deep as the address space below the stack allows.
// stackinit also records the stack's bounds for the overflow check in signal.c.
static void stackinit(void) {
    enum { maxstacksize = 1000000000 };
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0) {
        rlim_t want = maxstacksize;
        if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want)
            want = rl.rlim_max;
        if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur < want) {
            rl.rlim_cur = want;
            if (setrlimit(RLIMIT_STACK, &rl) != 0)
                getrlimit(RLIMIT_STACK, &rl);
        }
    }
    struct GC_stack_base sb;
    if (GC_get_stack_base(&sb) == GC_SUCCESS)
        runtime_stack_hi = (uintptr_t)sb.mem_base;   // the stack grows down from here
    else
        runtime_stack_hi = (uintptr_t)__builtin_frame_address(0);
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < runtime_stack_hi)
        runtime_stack_lo = runtime_stack_hi - rl.rlim_cur;
}

// = runtime.exit: every way out of the program ends here, so that buffered
// output is written first.
_Noreturn void runtime_exit(int code) {
    printflush();
    exit(code);
}

int main(int argc, char **argv) {
    runtime_argc = argc;   // = runtime.args
    runtime_argv = argv;
    GC_INIT();             // = mallocinit
    GC_set_warn_proc(GC_ignore_warn_proc);  // the collector's advice must not reach the program's stderr
    stackinit();
    initsig();             // = initsig (after GC_INIT: the collector may probe memory with its own handler)
    errortypesinit();      // the runtime's error types' method tables (errtypes.c)
    itabsinit();           // = schedinit's itabsinit: the static itabs (iface.c)
    runtime_main_fp = (uintptr_t)__builtin_frame_address(0);  // where tracebacks stop
    main_init();           // = doInit(&main_inittask)
    main_main();           // = main_main
    runtime_exit(0);
}
