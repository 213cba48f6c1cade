// proc.c: process entry, goroutines and the scheduler (= rt/proc.go,
// rt/asm_amd64.s gogo/mcall, rt/stack.go; docs/LOWERING.md "Goroutines").
//
// C's main does the work that Go splits over rt0_go, schedinit and
// runtime.main: remember the arguments, start the memory manager, install the
// signal handlers, run package initialization, run main.main (goroutine 1, on
// the process's main thread and its stack), exit 0 when it returns, whatever
// the other goroutines are doing.
//
// The scheduler is cooperative and runs every goroutine on the one OS thread
// (docs/LOWERING.md, "The runtime's half", says why): a goroutine runs until it blocks (a
// channel operation, select, a semaphore, time.Sleep), calls
// runtime.Gosched or ends. Then schedule() fires the timers that are due and
// switches to the next runnable goroutine: gogo saves the callee-saved
// registers on the current stack, stores rsp in the g and loads the next g's
// rsp. Like Go's single P, the run queue has a `runnext` slot: a goroutine
// made runnable by goready (or created by newproc) runs next, the one it
// displaces goes to the tail.
//
// Each goroutine but the first has a stack of its own: stacksize bytes of
// mmap'd memory that the kernel commits page by page, with an inaccessible
// guard page under it, so that running off it faults and signal.c reports
// Go's `fatal error: stack overflow`. The garbage collector scans the running
// goroutine's stack (GC_set_stackbottom at each switch) and, through
// push_goroutine_stacks, each other goroutine's from its saved rsp up.
#include <gc.h>
#include <gc/gc_mark.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>

#include "type.h"

int runtime_argc;
char **runtime_argv;
uintptr_t runtime_stack_lo, runtime_stack_hi;

enum {
    stacksize = 64 << 20,   // a goroutine's stack, reserved (Go's grow to 1e9 bytes)
    guardsize = 64 << 10,   // the inaccessible pages under it: more than any frame
                            // the compiler does not check (codegen BIG_FRAME)
};

// stackguard is the lowest address the running goroutine's frames may reach:
// its stack_lo (= g.stackguard0, less gc's StackGuard slack). Functions with
// large frames compare against it on entry and call morestack (signal.c).
uintptr_t stackguard __asm__("runtime.stackguard");

static g g1 = {.goid = 1, .status = Grunning};  // runs main.main
static g *curg = &g1;
static g *allgs = &g1;      // every goroutine ever made, through alllink
static g *runqhead, *runqtail, *runnext;
static g *gfree;            // dead goroutines, whose g and stack newproc reuses
static g *deadg;            // the goroutine that just ended, until we are off its stack
static int64_t goidgen = 17;    // gc's first goroutine of a program's own is about 18
static int64_t ngoroutines = 1;

// = getg: the goroutine running now.
g *getg(void) { return curg; }

// gogo(save, sp) saves the callee-saved registers and rsp of the running
// goroutine into *save and resumes the one whose saved rsp is sp (= Go's
// gogo + the save half of mcall). gostart is where a new goroutine begins:
// r12 holds its funcval (see newstack).
void gogo(uintptr_t *save, uintptr_t sp);
__asm__("    .text\n"
        "    .globl gogo\n"
        "    .type gogo, @function\n"
        "gogo:\n"
        "    push %rbp\n"
        "    push %rbx\n"
        "    push %r12\n"
        "    push %r13\n"
        "    push %r14\n"
        "    push %r15\n"
        "    mov %rsp, (%rdi)\n"
        "    mov %rsi, %rsp\n"
        "    pop %r15\n"
        "    pop %r14\n"
        "    pop %r13\n"
        "    pop %r12\n"
        "    pop %rbx\n"
        "    pop %rbp\n"
        "    ret\n"
        "    .size gogo, .-gogo\n"
        "    .globl gostart\n"
        "    .type gostart, @function\n"
        "gostart:\n"
        "    call switched\n"
        "    mov %r12, %r10\n"          // the closure context
        "    call *(%r10)\n"            // fn()
        "    call goexit1\n"
        "    .size gostart, .-gostart\n");
void gostart(void);
_Noreturn void goexit1(void);

// ---- The run queue ---------------------------------------------------------------------

static void runqput_tail(g *gp) {
    gp->schedlink = NULL;
    if (runqtail)
        runqtail->schedlink = gp;
    else
        runqhead = gp;
    runqtail = gp;
}

// runqput makes gp the next to run; the one it displaces goes to the tail
// (= runqput(pp, gp, next=true)).
static void runqput(g *gp) {
    if (runnext)
        runqput_tail(runnext);
    runnext = gp;
}

static g *runqget(void) {
    g *gp = runnext;
    if (gp) {
        runnext = NULL;
        return gp;
    }
    gp = runqhead;
    if (gp) {
        runqhead = gp->schedlink;
        if (!runqhead)
            runqtail = NULL;
    }
    return gp;
}

// ---- Switching ----------------------------------------------------------------------------

// gcstackbottom is the collector's idea of where the main thread's stack
// starts; each switch moves it to the running goroutine's stack.
static struct GC_stack_base mainstackbottom;

static void setstackbottom(g *gp) {
    struct GC_stack_base sb = mainstackbottom;
    if (gp != &g1)
        sb.mem_base = (void *)gp->stack_hi;
    GC_set_stackbottom(NULL, &sb);
}

// switched runs first on the stack switched to: the goroutine that ended
// there can now give its stack back.
void switched(void) {
    if (deadg) {
        deadg->schedlink = gfree;
        gfree = deadg;
        deadg = NULL;
    }
}

static void switchto(g *next) {
    g *gp = curg;
    curg = next;
    stackguard = next->stack_lo;
    next->status = Grunning;
    setstackbottom(next);
    gogo(&gp->sched_sp, next->sched_sp);
    switched();
}

// checkdead reports a deadlock: nothing can run and no timer will wake
// anything (= runtime.checkdead), with each goroutine's header as Go's
// traceback starts it.
static _Noreturn void checkdead(void) {
    printflush();
    if (g1.status == Gdead) {
        printcstr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        runtime_exit(2);
    }
    printcstr("fatal error: all goroutines are asleep - deadlock!\n");
    // Each waiting goroutine with its stack, in the order they were made, as
    // gc lists allgs (allgs here is newest first; no allocation in a dying
    // program, so each is found by its goid in turn).
    for (int64_t last = 0;;) {
        g *next = NULL;
        for (g *gp = allgs; gp; gp = gp->alllink)
            if (gp->status == Gwaiting && gp->goid > last && (!next || gp->goid < next->goid))
                next = gp;
        if (!next)
            break;
        last = next->goid;
        printcstr("\ngoroutine ");
        printint(next->goid);
        printcstr(" [");
        printcstr(next->waitreason);
        printcstr("]:\n");
        tracebackparked(next);
    }
    runtime_exit(2);
}

int timers_run(void);        // time.c: fires due timers; how many remain
int64_t timers_next(void);   // time.c: when the earliest one is due

// schedule picks the goroutine to run next and switches to it; it returns
// when the current goroutine runs again (= runtime.schedule + findrunnable).
static void schedule(void) {
    g *next;
    for (;;) {
        int pending = timers_run();
        if ((next = runqget()) != NULL)
            break;
        if (pending == 0)
            checkdead();
        int64_t wait = timers_next() - nanotime();
        if (wait > 0) {
            struct timespec ts = {.tv_sec = wait / 1000000000, .tv_nsec = wait % 1000000000};
            nanosleep(&ts, NULL);
        }
    }
    if (next == curg) {
        curg->status = Grunning;
        return;
    }
    switchto(next);
}

// = runtime.gopark
void gopark(const char *reason) {
    curg->status = Gwaiting;
    curg->waitreason = reason;
    schedule();
}

// = runtime.goready
void goready(g *gp) {
    gp->status = Grunnable;
    runqput(gp);
}

// = runtime.Gosched: the current goroutine goes to the back of the queue.
void Gosched(void) __asm__("runtime.Gosched");
void Gosched(void) {
    curg->status = Grunnable;
    runqput_tail(curg);
    schedule();
}

// goexit1 ends the current goroutine when its function returns (=
// runtime.goexit1 / goexit0).
_Noreturn void goexit1(void) {
    g *gp = curg;
    gp->status = Gdead;
    gp->_defer = NULL;
    gp->_panic = NULL;
    gp->startfn = NULL;
    ngoroutines--;
    deadg = gp;
    schedule();
    throw("goexit1: dead goroutine resumed");
}

// ---- Creating goroutines ---------------------------------------------------------------------

// stackalloc maps a goroutine stack with its guard page (= runtime.stackalloc).
static void stackalloc(g *gp) {
    char *base = mmap(NULL, stacksize + guardsize, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (base == MAP_FAILED || mprotect(base, guardsize, PROT_NONE) != 0)
        throw("runtime: cannot allocate goroutine stack");
    gp->stack_lo = (uintptr_t)(base + guardsize);
    gp->stack_hi = (uintptr_t)(base + guardsize + stacksize);
}

// newstack lays out a new goroutine's stack as gogo will find it: six
// callee-saved registers (r12 = the funcval, rbp = 0 ends backtraces), then
// gostart as the return address, at the top.
static void newstack(g *gp, const void *fv) {
    uintptr_t *sp = (uintptr_t *)gp->stack_hi;
    *--sp = (uintptr_t)gostart;         // after gogo's ret, rsp = stack_hi, 16-aligned
    *--sp = 0;                          // rbp
    *--sp = 0;                          // rbx
    *--sp = (uintptr_t)fv;              // r12
    *--sp = 0;                          // r13
    *--sp = 0;                          // r14
    *--sp = 0;                          // r15
    gp->sched_sp = (uintptr_t)sp;
}

// newproc starts a goroutine running fv, a func() closure (= runtime.newproc;
// codegen/go.c wraps `go f(x)` in one). It runs when the scheduler gets to it.
void newproc(const void *fv) __asm__("runtime.newproc");
void newproc(const void *fv) {
    g *gp = gfree;
    if (gp) {
        gfree = gp->schedlink;
    } else {
        gp = GC_MALLOC_UNCOLLECTABLE(sizeof(g));
        if (!gp)
            throw("runtime: out of memory");
        stackalloc(gp);
        gp->alllink = allgs;
        allgs = gp;
    }
    gp->goid = ++goidgen;
    gp->gopc = (uintptr_t)__builtin_return_address(0);
    gp->startfn = fv;
    gp->sig = 0;
    newstack(gp, fv);
    ngoroutines++;
    goready(gp);
}

// push_goroutine_stacks gives the collector the stacks of the goroutines
// that are not running: from the saved rsp (the registers gogo pushed are
// there) to the top.
static GC_push_other_roots_proc next_push_other_roots;

static void GC_CALLBACK push_goroutine_stacks(void) {
    for (g *gp = allgs; gp; gp = gp->alllink) {
        if (gp == curg || gp->status == Gdead)
            continue;
        uintptr_t hi = gp == &g1 ? (uintptr_t)mainstackbottom.mem_base : gp->stack_hi;
        GC_push_all_eager((void *)gp->sched_sp, (void *)hi);
    }
    if (next_push_other_roots)
        next_push_other_roots();
}

// = runtime.NumGoroutine, GOMAXPROCS (one thread runs Go code), GC.
int64_t NumGoroutine(void) __asm__("runtime.NumGoroutine");
int64_t NumGoroutine(void) { return ngoroutines; }
int64_t GOMAXPROCS(int64_t n) __asm__("runtime.GOMAXPROCS");
int64_t GOMAXPROCS(int64_t n) {
    (void)n;
    return 1;
}
int64_t NumCPU(void) __asm__("runtime.NumCPU");
int64_t NumCPU(void) { return 1; }
void runtimeGC(void) __asm__("runtime.GC");
void runtimeGC(void) {
    GC_gcollect();
    Gosched();  // Go's GC lets other goroutines run while it works
}

// spinyield is the scheduling point of sync/atomic's operations: every
// 256th one yields, so that a goroutine spinning on an atomic (correct Go,
// which a preemptive scheduler runs) lets the goroutine it waits for run.
void spinyield(void) __asm__("sync$2fatomic.spinyield");
void spinyield(void) {
    static unsigned ops;
    if ((++ops & 255) == 0)
        Gosched();
}

// = runtime.Goexit: the goroutine's deferred calls run, newest first, then
// it ends. When main's goroutine does it, the program goes on until the
// others are done or blocked (checkdead).
void Goexit(void) __asm__("runtime.Goexit");
void Goexit(void) {
    g *gp = curg;
    for (_defer *d; (d = gp->_defer) != NULL;) {
        gp->_defer = d->link;
        calldeferred(d->fn, NULL);
    }
    goexit1();
}

// = runtime.nanotime
int64_t nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// ---- Process entry ---------------------------------------------------------------------

// Go lets a goroutine stack grow to maxstacksize = 1e9 bytes (set in
// runtime.main). Stacks double from 8 KB, so the largest one a goroutine gets
// is 512 MiB: the next, 1 GiB, is over the limit. Goroutine 1's stack is the
// main thread's, limited by RLIMIT_STACK (usually 8 MB). The kernel checks
// that limit each time the stack grows, so raising the soft limit here to
// 512 MiB (or the hard limit, if lower) lets recursion go as deep as in gc.
// stackinit also records the stack's bounds for the overflow checks.
static void stackinit(void) {
    enum { maxstack = 512 << 20 };
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0) {
        rlim_t want = maxstack;
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
    g1.stack_lo = runtime_stack_lo;
    g1.stack_hi = runtime_stack_hi;
    stackguard = runtime_stack_lo;
    GC_get_my_stackbottom(&mainstackbottom);
    next_push_other_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_goroutine_stacks);
}

// Package variables of 16 MB or more live in a section of their own at 8 GB
// (codegen/amd64 LARGE_DATA). The collector scans it with the rest of the
// program's writable segments, except the variables runtime.largenoptr lists
// ([N, start, end, ...]): those hold no pointers (gc's noptrbss), and an
// untouched 1 GB array then costs neither memory nor collection time.
extern const uintptr_t largenoptr[] __asm__("runtime.largenoptr") __attribute__((weak));

static void excludelargenoptr(void) {
    if (!largenoptr)
        return;
    for (uintptr_t i = 0; i < largenoptr[0]; i++)
        GC_exclude_static_roots((void *)largenoptr[1 + 2 * i], (void *)largenoptr[2 + 2 * i]);
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
    // The collection GC_INIT makes would scan the large pointer-free variables
    // excludelargenoptr is about to exclude; without them, it is kept (it
    // leaves the collector's block lists in a shape that allocates faster).
    if (largenoptr && largenoptr[0])
        GC_set_dont_precollect(1);
    GC_INIT();             // = mallocinit
    GC_set_warn_proc(GC_ignore_warn_proc);  // the collector's advice must not reach the program's stderr
    // At least 1 MB is allocated between collections. By default the
    // collector starts at a few hundred KB and a small program collects tens
    // of times, each time scanning every root; gc waits for a 4 MB heap.
    // (4 MB here costs more in page faults than it saves: measured in
    // make bench.)
    GC_set_min_bytes_allocd(1 << 20);
    excludelargenoptr();
    stackinit();
    initsig();             // = initsig (after GC_INIT: the collector may probe memory with its own handler)
    errortypesinit();      // the runtime's error types' method tables (errtypes.c)
    itabsinit();           // = schedinit's itabsinit: the static itabs (iface.c)
    runtime_main_fp = (uintptr_t)__builtin_frame_address(0);  // where tracebacks stop
    main_init();           // = doInit(&main_inittask)
    main_main();           // = main_main
    runtime_exit(0);
}
