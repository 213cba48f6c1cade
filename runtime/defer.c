// defer.c: deferred calls (= deferproc, deferreturn and recovery in rt/panic.go;
// docs/LOWERING.md, "Defer, panic and recover").
//
// A function with defer statements is lowered (codegen/defer.c) as
//
//     if deferproc(fv) != 0 { goto defer.return }    at each defer statement
//     ...
//     defer.return:  deferreturn() ; return the results from memory
//
// deferproc pushes a _defer holding fv and the calling frame: its rsp (the
// frame's identity: compiled code never moves rsp between prologue and
// epilogue), its rbp, the address deferproc returns to, and the callee-saved
// registers (a function that calls deferproc never allocates them,
// codegen/amd64/regalloc.c, so they hold what the frame's caller expects). deferreturn runs the deferred calls whose sp is its
// caller's. When a deferred call recovers a panic, gopanic (panic.c) calls
// recovery(d), which restores that frame and returns 1 from its deferproc:
// the frame then runs its remaining deferred calls and returns normally,
// exactly gc's deferproc/recovery design.
//
// recover() must tell whether its caller is the deferred call a panic is
// running. The "argument pointer" of a call is the caller's rsp at the call
// instruction, which is the callee's rbp+16 after its `push rbp; mov rbp, rsp`.
// calldeferred records it in the panic (p.argp); compiled code passes its own
// (getcallersp) to gorecover. A wrapper (a defer wrapper, a method value's
// -fm, a (*T).M wrapper) passes the right on to the function it calls:
// wrapperprologue moves p.argp from the wrapper's to its callee's.
#include "runtime.h"

// Keep in sync with _defer in runtime.h.
_Static_assert(offsetof(_defer, sp) == 0 && offsetof(_defer, pc) == 8 &&
                   offsetof(_defer, bp) == 16 && offsetof(_defer, bx) == 24 &&
                   offsetof(_defer, r15) == 56,
               "the assembly below knows these offsets");

// newdefer pushes a deferred call of fv on the goroutine's list; deferproc
// fills in the frame (= runtime.newdefer + the first half of deferproc).
_defer *newdefer(const void *fv) __asm__("runtime.newdefer");
_defer *newdefer(const void *fv) {
    g *gp = getg();
    _defer *d = mallocgc(sizeof(_defer), NULL, 1);
    d->fn = fv;
    d->link = gp->_defer;
    gp->_defer = d;
    return d;
}

// deferreturn1 runs the deferred calls of the frame whose rsp is sp, newest
// first; each is taken off the list before it runs (= runtime.deferreturn).
void deferreturn1(uintptr_t sp) __asm__("runtime.deferreturn1");
void deferreturn1(uintptr_t sp) {
    g *gp = getg();
    for (_defer *d; (d = gp->_defer) != NULL && d->sp == sp;) {
        gp->_defer = d->link;
        calldeferred(d->fn, NULL);
    }
}

// panic_defers counts the deferred calls panics are running. A call that
// never returns here (it panics again and that panic is recovered further
// up, or it calls Goexit) leaves it too high, which only sends wrappers the
// slow way.
uint64_t panic_defers __asm__("runtime.panic_defers");

// adjustpanicargp: if the wrapper whose argument pointer is argp is the call
// a panic is running, the function it calls at callee_argp may recover.
void adjustpanicargp(uintptr_t argp, uintptr_t callee_argp) __asm__("runtime.adjustpanicargp");
void adjustpanicargp(uintptr_t argp, uintptr_t callee_argp) {
    _panic *p = getg()->_panic;
    if (p != NULL && p->argp == argp)
        p->argp = callee_argp;
}

__asm__(
    "    .text\n"
    // deferproc(fv): called by compiled code, so rbp is the caller's frame
    // and the caller's rsp is ours + 8. Returns 0 (recovery returns 1).
    "    .globl runtime.deferproc\n"
    "    .type runtime.deferproc, @function\n"
    "runtime.deferproc:\n"
    "    push %rbp\n"
    "    mov %rsp, %rbp\n"
    "    call runtime.newdefer\n"      // rax = d (rdi = fv)
    "    mov (%rbp), %rdx\n"
    "    mov %rdx, 16(%rax)\n"         // d.bp = the caller's rbp
    "    mov 8(%rbp), %rdx\n"
    "    mov %rdx, 8(%rax)\n"          // d.pc = our return address
    "    lea 16(%rbp), %rdx\n"
    "    mov %rdx, 0(%rax)\n"          // d.sp = the caller's rsp
    "    mov %rbx, 24(%rax)\n"
    "    mov %r12, 32(%rax)\n"
    "    mov %r13, 40(%rax)\n"
    "    mov %r14, 48(%rax)\n"
    "    mov %r15, 56(%rax)\n"
    "    xor %eax, %eax\n"
    "    pop %rbp\n"
    "    ret\n"
    "    .size runtime.deferproc, .-runtime.deferproc\n"
    // recovery(d): back into d's frame, as if its deferproc returned 1.
    "    .globl recovery\n"
    "    .type recovery, @function\n"
    "recovery:\n"
    "    mov 24(%rdi), %rbx\n"
    "    mov 32(%rdi), %r12\n"
    "    mov 40(%rdi), %r13\n"
    "    mov 48(%rdi), %r14\n"
    "    mov 56(%rdi), %r15\n"
    "    mov 16(%rdi), %rbp\n"
    "    mov 0(%rdi), %rsp\n"
    "    mov $1, %eax\n"
    "    jmp *8(%rdi)\n"
    "    .size recovery, .-recovery\n"
    // deferreturn(): the caller's rsp identifies its deferred calls.
    "    .globl runtime.deferreturn\n"
    "    .type runtime.deferreturn, @function\n"
    "runtime.deferreturn:\n"
    "    lea 8(%rsp), %rdi\n"
    "    jmp runtime.deferreturn1\n"
    "    .size runtime.deferreturn, .-runtime.deferreturn\n"
    // calldeferred(fv, argp): r10 = fv (the closure context), call fv's code.
    "    .globl calldeferred\n"
    "    .type calldeferred, @function\n"
    "calldeferred:\n"
    "    push %rbp\n"
    "    mov %rsp, %rbp\n"
    "    test %rsi, %rsi\n"
    "    jz 1f\n"
    "    mov %rsp, (%rsi)\n"           // the callee's argument pointer
    "1:  mov %rdi, %r10\n"
    "    call *(%r10)\n"               // a nil fv faults here: a nil-pointer panic
    "    pop %rbp\n"
    "    ret\n"
    "    .size calldeferred, .-calldeferred\n"
    // getcallersp(): the compiled caller's argument pointer, rbp + 16.
    "    .globl runtime.getcallersp\n"
    "    .type runtime.getcallersp, @function\n"
    "runtime.getcallersp:\n"
    "    lea 16(%rbp), %rax\n"
    "    ret\n"
    "    .size runtime.getcallersp, .-runtime.getcallersp\n"
    // wrapperprologue(): the wrapper's argument pointer is rbp + 16, and
    // the functions it calls get its rsp, ours + 8. It keeps every register
    // (the back end's call_preserves_registers), so it costs a wrapper no
    // register: while no panic runs a deferred call, it is a compare and a
    // return (= the check of g._panic gc's wrapper prologue makes inline).
    "    .globl runtime.wrapperprologue\n"
    "    .type runtime.wrapperprologue, @function\n"
    "runtime.wrapperprologue:\n"
    "    cmpq $0, runtime.panic_defers(%rip)\n"
    "    jne 1f\n"
    "    ret\n"
    "1:  push %rax\n"                   // 9 pushes: rsp is 16-byte aligned again
    "    push %rcx\n"
    "    push %rdx\n"
    "    push %rsi\n"
    "    push %rdi\n"
    "    push %r8\n"
    "    push %r9\n"
    "    push %r10\n"
    "    push %r11\n"
    "    sub $256, %rsp\n"
    "    movdqu %xmm0, 0(%rsp)\n"
    "    movdqu %xmm1, 16(%rsp)\n"
    "    movdqu %xmm2, 32(%rsp)\n"
    "    movdqu %xmm3, 48(%rsp)\n"
    "    movdqu %xmm4, 64(%rsp)\n"
    "    movdqu %xmm5, 80(%rsp)\n"
    "    movdqu %xmm6, 96(%rsp)\n"
    "    movdqu %xmm7, 112(%rsp)\n"
    "    movdqu %xmm8, 128(%rsp)\n"
    "    movdqu %xmm9, 144(%rsp)\n"
    "    movdqu %xmm10, 160(%rsp)\n"
    "    movdqu %xmm11, 176(%rsp)\n"
    "    movdqu %xmm12, 192(%rsp)\n"
    "    movdqu %xmm13, 208(%rsp)\n"
    "    movdqu %xmm14, 224(%rsp)\n"
    "    movdqu %xmm15, 240(%rsp)\n"
    "    lea 16(%rbp), %rdi\n"
    "    lea 336(%rsp), %rsi\n"          // 256 + 9*8 + 8 above rsp
    "    call runtime.adjustpanicargp\n"
    "    movdqu 0(%rsp), %xmm0\n"
    "    movdqu 16(%rsp), %xmm1\n"
    "    movdqu 32(%rsp), %xmm2\n"
    "    movdqu 48(%rsp), %xmm3\n"
    "    movdqu 64(%rsp), %xmm4\n"
    "    movdqu 80(%rsp), %xmm5\n"
    "    movdqu 96(%rsp), %xmm6\n"
    "    movdqu 112(%rsp), %xmm7\n"
    "    movdqu 128(%rsp), %xmm8\n"
    "    movdqu 144(%rsp), %xmm9\n"
    "    movdqu 160(%rsp), %xmm10\n"
    "    movdqu 176(%rsp), %xmm11\n"
    "    movdqu 192(%rsp), %xmm12\n"
    "    movdqu 208(%rsp), %xmm13\n"
    "    movdqu 224(%rsp), %xmm14\n"
    "    movdqu 240(%rsp), %xmm15\n"
    "    add $256, %rsp\n"
    "    pop %r11\n"
    "    pop %r10\n"
    "    pop %r9\n"
    "    pop %r8\n"
    "    pop %rdi\n"
    "    pop %rsi\n"
    "    pop %rdx\n"
    "    pop %rcx\n"
    "    pop %rax\n"
    "    ret\n"
    "    .size runtime.wrapperprologue, .-runtime.wrapperprologue\n");
