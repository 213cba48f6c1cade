// panic.c: panics, runtime errors and fatal errors (= rt/panic.go).
//
// Every panic, whatever raised it, goes through gopanic with its value as an
// empty interface: a compiled panic(v), or one of the runtime's error values
// (errorString, plainError, boundsError; error.c). gopanic runs the deferred
// calls (defer.c); if one of them recovers, its frame resumes. Otherwise
// fatalpanic prints Go's report and exits 2:
//
//     panic: <value>[ [recovered]]             one line per panic, oldest first
//     [signal SIGSEGV: ... pc=0x...]           only for panics raised by a signal
//
//     goroutine 1 [running]:
//     main.f(...)                              the traceback (traceback.c)
//     	/abs/path/x.go:7 +0x77
#include <string.h>

#include "runtime.h"
#include "type.h"

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

// printtraceback prints the goroutine's stack (dopanic_m's goroutineheader +
// traceback). noinline: its caller's frame is where the walk starts.
static __attribute__((noinline)) void printtraceback(bool fatal) {
    printcstr("\ngoroutine ");
    printint(getg()->goid);
    printcstr(" [running]:\n");
    tracebackhere(fatal);
}

// The traceback names gopanic's frames after this file (traceback.c).
const char gopanic_file[] = __FILE__;

// printpanics prints the chain of panics, oldest first, each later one after a
// tab (= runtime.printpanics).
static void printpanics(const _panic *p) {
    if (p->link != NULL) {
        printpanics(p->link);
        printcstr("\t");
    }
    printcstr("panic: ");
    if (p->has_text)
        printstring(p->text);
    else
        printany(p->arg);
    if (p->recovered)
        printcstr(" [recovered]");
    printcstr("\n");
}

// preprintpanics replaces each error value by its Error() text, and each
// Stringer by its String(), before anything is printed (=
// runtime.preprintpanics). The runtime's own errors are known by their
// descriptors; a program's values by their methods (error.c).
static void preprintpanics(_panic *p) {
    for (; p != NULL; p = p->link)
        p->has_text = runtime_error_text(p->arg, &p->text) || method_text(p->arg, &p->text);
}

// fatalpanic reports the unrecovered panics and exits 2 (= runtime.fatalpanic).
static _Noreturn void fatalpanic(const g *gp) {
    printflush();   // a print statement cut short by the panic keeps its output
    printpanics(gp->_panic);
    printsigline(gp);
    printtraceback(false);
    runtime_exit(2);
}

// recovered finishes a panic that a deferred call recovered: it leaves the
// chain with the panics it aborted, and the frame that deferred d resumes
// at its deferproc, which returns 1 there (= the p.recovered branch of gopanic).
static _Noreturn void recovered(g *gp, _panic *p, _defer *d) {
    gp->_panic = p->link;
    while (gp->_panic != NULL && gp->_panic->aborted)
        gp->_panic = gp->_panic->link;
    if (gp->_panic == NULL)
        gp->sig = 0;    // the signal, if any, is handled
    recovery(d);        // defer.c
}

// A panic that reaches fatalpanic while the panic values are being turned
// into text (an Error or String method that panics) would print them again,
// forever: gc's preprintpanics recovers it and throws instead.
static bool printing_panics;

// throw_print_panic = the deferred function of runtime.preprintpanics:
// "panic while printing panic value: " and the new value if it is a string,
// else "type " and its type.
static _Noreturn void throw_print_panic(eface e) {
    const char *text = "panic while printing panic value";
    GoString v = {0};
    const char *what = "type ";
    if (e._type && (e._type->kind & kindMask) == kindString) {
        GoString name = type_string(e._type);
        if (name.len == 6 && memcmp(name.ptr, "string", 6) == 0) {
            v = *(GoString *)e.data;
            what = "";
        }
    }
    if (*what)
        v = e._type ? type_string(e._type) : (GoString){(const uint8_t *)"<nil>", 5};
    size_t n = strlen(text) + 2 + strlen(what) + (size_t)v.len + 1;
    char *msg = mallocgc_noscan(n);
    memcpy(msg, text, strlen(text));
    char *at = msg + strlen(text);
    memcpy(at, ": ", 2);
    memcpy(at + 2, what, strlen(what));
    memcpy(at + 2 + strlen(what), v.ptr, (size_t)v.len);
    msg[n - 1] = 0;
    throw(msg);
}

// = runtime.gopanic: run the deferred calls newest first. A call still on the
// list as `started` was running when this panic began: the panic it ran for
// is aborted and the call is dropped. Each call runs with p.argp set to its
// argument pointer, so that recover() can tell it is the deferred function.
_Noreturn void gopanic(eface e) {
    g *gp = getg();
    _panic p = {.arg = e, .link = gp->_panic, .fp = (uintptr_t)__builtin_frame_address(0)};
    gp->_panic = &p;
    for (_defer *d; (d = gp->_defer) != NULL;) {
        if (d->started) {
            if (d->_panic != NULL)
                d->_panic->aborted = true;
            d->_panic = NULL;
            gp->_defer = d->link;
            continue;
        }
        d->started = true;
        d->_panic = &p;
        p.line = __LINE__ + 1;
        panic_defers++;
        calldeferred(d->fn, &p.argp);   // defer.c
        panic_defers--;
        p.argp = 0;
        if (gp->_defer != d)
            throw("bad defer entry in panic");
        d->_panic = NULL;
        gp->_defer = d->link;
        if (p.recovered)
            recovered(gp, &p, d);
    }
    if (printing_panics)
        throw_print_panic(e);
    printing_panics = true;
    preprintpanics(gp->_panic);
    fatalpanic(gp);
}

// = runtime.gorecover: only the deferred call a panic is running may stop it.
eface gorecover(uintptr_t argp) {
    _panic *p = getg()->_panic;
    if (p != NULL && !p->recovered && argp == p->argp) {
        p->recovered = true;
        return p->arg;
    }
    return (eface){NULL, NULL};
}

// fatal_error prints `fatal error: msg`, then `after` (a section gc prints
// there), the signal line and the traceback, and exits 2.
static _Noreturn void fatal_error(const char *msg, const char *after) {
    g *gp = getg();
    printflush();
    printcstr("fatal error: ");
    printcstr(msg);
    printcstr(after);
    printsigline(gp);
    printtraceback(true);
    runtime_exit(2);
}

// = runtime.throw: a failure of the runtime itself, never recoverable.
_Noreturn void throw(const char *msg) { fatal_error(msg, "\n"); }

// = throw called on the system stack (the heap's growth, mheap.grow): gc
// then prints the system stack under "runtime stack:" before the
// goroutine's; mgc has no separate system stack, so the section is empty.
_Noreturn void throw_systemstack(const char *msg) { fatal_error(msg, "\n\nruntime stack:\n"); }

// ---- Runtime errors raised by compiled code's explicit checks --------------------------

// = panic(errorString(msg)): prints as "runtime error: " + msg.
_Noreturn void panicerror(const char *msg) {
    GoString *v = mallocgc(sizeof(GoString), NULL, 1);
    *v = (GoString){(const uint8_t *)msg, (int64_t)strlen(msg)};
    gopanic((eface){&errorString_type, v});
}

// = panic(plainError(msg)): prints as msg.
_Noreturn void panicplain(GoString msg) {
    GoString *v = mallocgc(sizeof(GoString), NULL, 1);
    *v = msg;
    gopanic((eface){&plainError_type, v});
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
    panicplain(GOSTRING("assignment to entry in nil map"));
}

// ---- Bounds checks (= goPanicIndex ... goPanicSliceConvert) -------------------------------

// panicbounds raises a boundsError (= goPanicIndex etc.).
static _Noreturn void panicbounds(int64_t x, bool signed_x, int64_t y, BoundsCode code) {
    boundsError *e = mallocgc_noscan(sizeof(boundsError));
    *e = (boundsError){.x = x, .y = y, .signed_ = signed_x, .code = (uint8_t)code};
    gopanic((eface){&boundsError_type, e});
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
    panicplain((GoString){p, n});
}
