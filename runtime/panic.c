// panic.c: panics, runtime errors and fatal errors (= rt/panic.go).
//
// Every panic, whatever raised it, goes through panic_text: it pushes a _panic
// record on the goroutine and, since nothing can recover yet, ends in
// fatalpanic, which prints Go's report and exits 2:
//
//     panic: <text>[ [recovered]]              one line per panic, oldest first
//     [signal SIGSEGV: ... pc=0x...]           only for panics raised by a signal
//
//     goroutine 1 [running]:
//     ...                                      (Go prints a traceback here)
//
// When defer and recover arrive, panic_text is where the deferred calls run
// (Go's gopanic loop over gp._defer) and where a recovered panic stops.
#include <string.h>

#include "runtime.h"

// printsigline prints the signal that caused the panic, if any (the first part
// of Go's dopanic_m). Only the signals the runtime catches have names here.
static void printsigline(const g *gp) {
    if (gp->sig == 0)
        return;
    const char *name = "";
    switch (gp->sig) {
    case 7:  name = "SIGBUS: bus error"; break;
    case 8:  name = "SIGFPE: floating-point exception"; break;
    case 11: name = "SIGSEGV: segmentation violation"; break;
    }
    printcstr("[signal ");
    if (*name)
        printcstr(name);
    else
        printhex(gp->sig);
    printcstr(" code=");
    printhex(gp->sigcode0);
    printcstr(" addr=");
    printhex(gp->sigcode1);
    printcstr(" pc=");
    printhex(gp->sigpc);
    printcstr("]\n");
}

// printtraceback stands where Go prints the goroutine's stack (dopanic_m's
// goroutineheader + traceback). mgc does not unwind yet; gdb's bt does.
static void printtraceback(void) {
    printcstr("\ngoroutine 1 [running]:\n");
    printcstr("(mgc: no traceback yet; run the program under gdb and use bt)\n");
}

// printpanics prints the chain of panics, oldest first, each later one after a
// tab (= runtime.printpanics).
static void printpanics(const _panic *p) {
    if (p->link != NULL) {
        printpanics(p->link);
        printcstr("\t");
    }
    printcstr("panic: ");
    printstring(p->text);
    if (p->recovered)
        printcstr(" [recovered]");
    printcstr("\n");
}

// fatalpanic reports the unrecovered panics and exits 2 (= runtime.fatalpanic).
static _Noreturn void fatalpanic(const g *gp) {
    printflush();   // a print statement cut short by the panic keeps its output
    printpanics(gp->_panic);
    printsigline(gp);
    printtraceback();
    runtime_exit(2);
}

// = runtime.gopanic, for a value already rendered as text.
_Noreturn void panic_text(GoString text) {
    g *gp = getg();
    _panic p = {.text = text, .link = gp->_panic};
    gp->_panic = &p;
    // Later: run gp->_defer here, stopping if one of them recovers.
    fatalpanic(gp);
}

_Noreturn void gopanicstring(GoString msg) {
    panic_text(msg);
}

// = runtime.throw: a failure of the runtime itself, never recoverable.
_Noreturn void throw(const char *msg) {
    g *gp = getg();
    printflush();
    printcstr("fatal error: ");
    printcstr(msg);
    printcstr("\n");
    printsigline(gp);
    printtraceback();
    runtime_exit(2);
}

// ---- Runtime errors raised by compiled code's explicit checks --------------------------

// Errors of type runtime.errorString print as "runtime error: " + text.
_Noreturn void panicerror(const char *msg) {
    panic_text(errorString_Error(msg));
}

// = runtime.panicdivide
_Noreturn void panicdivide(void) {
    panicerror("integer divide by zero");
}

// = runtime.panicshift
_Noreturn void panicshift(void) {
    panicerror("negative shift amount");
}

// = runtime.panicoverflow
_Noreturn void panicoverflow(void) {
    panicerror("integer overflow");
}

// = runtime.panicfloat
_Noreturn void panicfloat(void) {
    panicerror("floating point error");
}

// = runtime.panicmem
_Noreturn void panicmem(void) {
    panicerror("invalid memory address or nil pointer dereference");
}

// = the plainError raised by mapassign on a nil map: no "runtime error: " prefix.
_Noreturn void panicnilmap(void) {
    panic_text(GOSTRING("assignment to entry in nil map"));
}

// ---- Bounds checks (= goPanicIndex ... goPanicSliceConvert) -------------------------------

// panicbounds raises a boundsError; its text is built in a buffer that lives
// as long as the panic (the process ends before this frame returns).
static _Noreturn void panicbounds(int64_t x, bool signed_x, int64_t y, BoundsCode code) {
    char buf[128];
    panic_text(boundsError_Error(buf, x, signed_x, y, code));
}

_Noreturn void panicIndex(int64_t x, int64_t y) { panicbounds(x, true, y, boundsIndex); }
_Noreturn void panicIndexU(uint64_t x, int64_t y) { panicbounds((int64_t)x, false, y, boundsIndex); }
_Noreturn void panicSliceAlen(int64_t x, int64_t y) { panicbounds(x, true, y, boundsSliceAlen); }
_Noreturn void panicSliceAlenU(uint64_t x, int64_t y) { panicbounds((int64_t)x, false, y, boundsSliceAlen); }
_Noreturn void panicSliceAcap(int64_t x, int64_t y) { panicbounds(x, true, y, boundsSliceAcap); }
_Noreturn void panicSliceAcapU(uint64_t x, int64_t y) { panicbounds((int64_t)x, false, y, boundsSliceAcap); }
_Noreturn void panicSliceB(int64_t x, int64_t y) { panicbounds(x, true, y, boundsSliceB); }
_Noreturn void panicSliceBU(uint64_t x, int64_t y) { panicbounds((int64_t)x, false, y, boundsSliceB); }
_Noreturn void panicSlice3Alen(int64_t x, int64_t y) { panicbounds(x, true, y, boundsSlice3Alen); }
_Noreturn void panicSlice3AlenU(uint64_t x, int64_t y) { panicbounds((int64_t)x, false, y, boundsSlice3Alen); }
_Noreturn void panicSlice3Acap(int64_t x, int64_t y) { panicbounds(x, true, y, boundsSlice3Acap); }
_Noreturn void panicSlice3AcapU(uint64_t x, int64_t y) { panicbounds((int64_t)x, false, y, boundsSlice3Acap); }
_Noreturn void panicSlice3B(int64_t x, int64_t y) { panicbounds(x, true, y, boundsSlice3B); }
_Noreturn void panicSlice3BU(uint64_t x, int64_t y) { panicbounds((int64_t)x, false, y, boundsSlice3B); }
_Noreturn void panicSlice3C(int64_t x, int64_t y) { panicbounds(x, true, y, boundsSlice3C); }
_Noreturn void panicSlice3CU(uint64_t x, int64_t y) { panicbounds((int64_t)x, false, y, boundsSlice3C); }
_Noreturn void panicSliceConvert(int64_t x, int64_t y) { panicbounds(x, true, y, boundsConvert); }

// = runtime.panicwrap: a value method called through a nil pointer by its
// pointer wrapper (main.(*T).M), a plainError:
//     value method main.T.M called using nil *T pointer
_Noreturn void panicwrap(GoString pkg, GoString typ, GoString meth) {
    GoString parts[] = {GOSTRING("value method "), pkg, GOSTRING("."), typ, GOSTRING("."), meth,
                        GOSTRING(" called using nil *"), typ, GOSTRING(" pointer")};
    int64_t n = 0;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        n += parts[i].len;
    uint8_t *p = rawstring(n);
    int64_t at = 0;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        memcpy(p + at, parts[i].ptr, (size_t)parts[i].len);
        at += parts[i].len;
    }
    panic_text((GoString){p, n});
}
