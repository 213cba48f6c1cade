// signal.c: hardware faults become Go panics (= rt/signal_unix.go,
// rt/signal_amd64.go).
//
// Compiled code does not test pointers before using them: like gc, it lets a
// nil dereference fault and turns the SIGSEGV into a panic. The handler runs on
// an alternate signal stack (so that it still works when the fault is a stack
// overflow) and does one of two things:
//   - stack overflow (the fault is at the edge of the main stack): print Go's
//     stack-overflow report and exit 2 right there, since the stack is full;
//   - anything else: record the signal in the goroutine and make the faulting
//     instruction look as if it had called sigpanic (Go's preparePanic). When
//     the handler returns, sigpanic runs on the ordinary stack and raises the
//     panic like any other runtime error, so defer/recover will work for it.
#include <signal.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime.h"

enum {
    sigstacksize = 64 * 1024,    // the alternate signal stack
    stackslack = 64 * 1024,      // how far below sp a stack-overflow fault may land
    redzone = 128,               // System V leaf functions may use 128 bytes below sp
};

static char altstack[sigstacksize] __attribute__((aligned(16)));

// isstackoverflow reports whether a fault at addr, with the stack pointer at sp,
// is the stack running into its limit: the address is in the running
// goroutine's stack or the guard page under it (proc.c), at most stackslack
// below sp, since pushes and frame stores land just under it.
static bool isstackoverflow(uintptr_t addr, uintptr_t sp) {
    return addr < getg()->stack_hi && addr + stackslack >= sp;
}

// stackoverflow prints what Go prints when a goroutine outgrows its stack
// (runtime.newstack) and exits. It runs inside the signal handler, on the
// alternate stack; print only uses write(2).
static _Noreturn void stackoverflow(uintptr_t pc, uintptr_t sp, uintptr_t fp) {
    printflush();
    printcstr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
    printcstr("runtime: sp=");
    printhex(sp);
    printcstr(" stack=[");
    printhex(getg()->stack_lo);
    printcstr(", ");
    printhex(getg()->stack_hi);
    printcstr("]\n");
    printcstr("fatal error: stack overflow\n");
    // Go prints the runtime's stack (its morestack and newstack, in Go), then
    // the goroutine's. mgc's runtime is C, and this handler has no Go frames.
    printcstr("\nruntime stack:\n");
    printcstr("\ngoroutine ");
    printint(getg()->goid);
    printcstr(" [running]:\n");
    tracebackcontext(pc, sp, fp);
    printflush();
    _exit(2);
}

// = runtime.morestack, for its one outcome in mgc: a function whose frame
// would pass runtime.stackguard calls it from its prologue (codegen/amd64
// call.c check_stack), before any of the frame is touched. mgc's stacks do
// not grow by copying, so the goroutine is out of stack: the overflow is
// reported at that function's first line, as gc reports it.
void morestack(void) __asm__("runtime.morestack");
void morestack(void) {
    uintptr_t *fp = __builtin_frame_address(0);
    stackoverflow(fp[1], (uintptr_t)fp + 16, fp[0]);
}

// preparepanic makes the interrupted code call sigpanic (= preparePanic in
// rt/signal_amd64.go): below the red zone of the interrupted frame, realign the
// stack, push a return address and resume at sigpanic. The frame then looks
// like a call made by the faulting instruction, which is what a debugger's
// backtrace shows. The return address is pc + 1 because debuggers look up the
// line of a caller at its return address minus one; sigpanic never returns.
static void preparepanic(ucontext_t *uc, uintptr_t pc) {
    greg_t *regs = uc->uc_mcontext.gregs;
    uintptr_t sp = (uintptr_t)regs[REG_RSP] - redzone;
    sp &= ~(uintptr_t)15;
    sp -= 8;
    *(uintptr_t *)sp = pc + 1;
    regs[REG_RSP] = (greg_t)sp;
    regs[REG_RIP] = (greg_t)(uintptr_t)sigpanic;
}

// = runtime.sighandler, for the synchronous signals the runtime catches.
static void sighandler(int sig, siginfo_t *info, void *ctx) {
    ucontext_t *uc = ctx;
    uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
    uintptr_t addr = (uintptr_t)info->si_addr;

    if ((sig == SIGSEGV || sig == SIGBUS) && addr >= 0x1000 && isstackoverflow(addr, sp))
        stackoverflow(pc, sp, (uintptr_t)uc->uc_mcontext.gregs[REG_RBP]);

    g *gp = getg();
    gp->sig = (uint32_t)sig;
    gp->sigcode0 = (uint64_t)info->si_code;
    gp->sigcode1 = addr;
    gp->sigpc = pc;
    preparepanic(uc, pc);
}

// = runtime.sigpanic: decide what the recorded signal means.
_Noreturn void sigpanic(void) {
    g *gp = getg();
    switch (gp->sig) {
    case SIGBUS:
        if (gp->sigcode0 == BUS_ADRERR && gp->sigcode1 < 0x1000)
            panicmem();
        break;
    case SIGSEGV:
        if ((gp->sigcode0 == 0 || gp->sigcode0 == SEGV_MAPERR || gp->sigcode0 == SEGV_ACCERR) &&
            gp->sigcode1 < 0x1000)
            panicmem();
        break;
    case SIGFPE:
        if (gp->sigcode0 == FPE_INTDIV)
            panicdivide();
        if (gp->sigcode0 == FPE_INTOVF)
            panicoverflow();
        panicfloat();
    }
    printcstr("unexpected fault address ");
    printhex(gp->sigcode1);
    printcstr("\n");
    throw("fault");
}

// = runtime.initsig + minitSignalStack.
void initsig(void) {
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0)
        throw("sigaltstack failed");

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = sighandler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    const int sigs[] = {SIGSEGV, SIGBUS, SIGFPE};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        if (sigaction(sigs[i], &sa, NULL) != 0)
            throw("sigaction failed");
    // A write to a closed pipe is an EPIPE error, as in gc: println's (stderr)
    // is dropped, and os.File's on stdout or stderr raises SIGPIPE itself
    // (os.c, = epipecheck); any other descriptor's is returned to the program.
    sa.sa_handler = SIG_IGN;
    sa.sa_flags = 0;
    if (sigaction(SIGPIPE, &sa, NULL) != 0)
        throw("sigaction failed");
}

// = runtime.sigpipe: die of SIGPIPE, as a program does that writes to a
// closed pipe on its standard output or error.
_Noreturn void sigpipe(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigaction(SIGPIPE, &sa, NULL);
    raise(SIGPIPE);
    runtime_exit(2);
}
