// runtime.h: the contract between compiled mini-Go programs and the mgc runtime.
//
// Compiled code calls these functions by their Go names (`call runtime.printint`,
// `call runtime.concatstring2`, `call os.Exit`). In C each function gets that
// symbol name with a GCC asm label:
//
//     void printint(int64_t v) __asm__("runtime.printint");
//
// so the C name is what the runtime's own code uses and the asm name is what the
// assembly uses. The calling convention is System V AMD64; how Go values map to
// words and registers is written down in docs/ABI.md. In short:
//   - every Go value is a sequence of 8-byte words;
//   - int is int64_t, uint and uintptr are uint64_t, float64 is double;
//   - a bool travels as a full 64-bit word holding 0 or 1 (GoBool below), never
//     as C's _Bool, because compiled code only guarantees the whole word;
//   - a string is the two-word struct GoString, passed and returned by value
//     (two integer registers);
//   - a function that never returns is declared _Noreturn.
//
// Each declaration below says what it guarantees and which function of Go 1.19's
// runtime it mirrors (rt/ = $GOROOT/src/runtime). The files of runtime/ are cut
// by topic the way Go's are: proc.c, print.c, panic.c, defer.c, error.c,
// signal.c, string.c, alg.c, iface.c, malloc.c, map.c, os.c.
#ifndef MGC_RUNTIME_H
#define MGC_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// ---- Go values as C types ---------------------------------------------------------

typedef uint64_t GoBool;   // a Go bool as compiled code passes it: the word 0 or 1

// A Go string: a pointer to len bytes (not NUL-terminated; ptr may be NULL when
// len == 0). = Go's stringStruct (rt/string.go).
typedef struct GoString {
    const uint8_t *ptr;
    int64_t len;
} GoString;

// A Go slice. = Go's slice (rt/slice.go).
typedef struct GoSlice {
    void *array;
    int64_t len;
    int64_t cap;
} GoSlice;

// GOSTRING("lit") makes a GoString from a C string literal (for the runtime's
// own messages).
#define GOSTRING(lit) ((GoString){(const uint8_t *)(lit), (int64_t)sizeof(lit) - 1})

// _type is a type descriptor, laid out exactly as Go 1.19's runtime._type
// (rt/type.go; GO119-INTERNALS.md §1.2): 48 bytes. The compiler emits these into
// read-only data. Keep in sync with codegen/typedata.c.
typedef struct _type {
    uint64_t size;          // 0:  size of a value in bytes
    uint64_t ptrdata;       // 8:  length of the prefix that holds pointers; 0 = pointer-free
    uint32_t hash;          // 16: types.TypeHash (§1.7)
    uint8_t tflag;          // 20
    uint8_t align;          // 21
    uint8_t fieldAlign;     // 22
    uint8_t kind;           // 23: kind constant | kindDirectIface (0x20) | kindGCProg (0x40)
    const void *equal;      // 24: funcval of the equality function, NULL if incomparable
    const uint8_t *gcdata;  // 32: GC pointer mask
    int32_t str;            // 40: nameOff of the type's string ("*T", see tflagExtraStar)
    int32_t ptrToThis;      // 44: typeOff of *T, or 0 (mgc: absolute addresses, type.h)
} _type;

// The two interface representations (rt/runtime2.go). Itabs arrive with the
// interface work; until then an itab is only a pointer to print.
typedef struct itab itab;
typedef struct eface {      // interface{} / any
    const _type *_type;
    void *data;
} eface;
typedef struct iface {      // non-empty interface
    const itab *tab;
    void *data;
} iface;

// ---- Process (proc.c) ----------------------------------------------------------------

// The entry point is C's main (proc.c), which plays Go's rt0_go + schedinit +
// runtime.main: it starts the collector, installs the signal handlers, runs the
// compiled package's initialization and then its main, and exits 0.

// Emitted by the compiler for package main: initialization of package-level
// variables followed by the init() functions (= the body of main..inittask),
// and the user's func main.
void main_init(void) __asm__("main.init");
void main_main(void) __asm__("main.main");

// The command line, kept for os.Args (= runtime.argc/argv, rt/runtime1.go).
extern int runtime_argc;
extern char **runtime_argv;

// The main thread's stack, [stack_lo, stack_hi), as far as the runtime knows it;
// signal.c uses it to tell a stack overflow from a wild pointer.
extern uintptr_t runtime_stack_lo, runtime_stack_hi;

// runtime_exit flushes the runtime's output and ends the process with `code`.
// Every exit goes through here (= runtime.exit).
_Noreturn void runtime_exit(int code);

// ---- Goroutine state and panics (panic.c) ---------------------------------------

// _panic is one active panic, as Go's runtime._panic (rt/runtime2.go). Panics
// chain through `link`, newest first; printpanics prints them oldest first.
typedef struct _panic {
    uintptr_t argp;         // the argument pointer of the deferred call running now
                            // (its callee's rbp+16); gorecover compares its caller's
    eface arg;              // the panic(v) argument
    GoString text;          // what preprintpanics made of arg, if has_text
    bool has_text;          // arg was an error: print text (= p.arg = v.Error())
    struct _panic *link;    // the panic that was running when this one started
    bool recovered;         // recover() stopped this panic (printed " [recovered]")
    bool aborted;           // a later panic took over while this one ran defers
    uintptr_t fp;           // gopanic's frame pointer: the traceback's "panic(...)" frame
    int32_t line;           // the line of panic.c where gopanic calls the deferred calls
} _panic;

// _defer is one deferred call (= rt/runtime2.go _defer): the funcval to call
// with no arguments, and the frame that deferred it, saved by deferproc so that
// a recovery can resume that frame as if deferproc had returned 1 (defer.c;
// docs/LOWERING.md, "Defer, panic and recover"). Keep the offsets of the
// saved registers in sync with the assembly in defer.c.
typedef struct _defer {
    uintptr_t sp;           // 0:  the deferring frame's rsp (its identity)
    uintptr_t pc;           // 8:  where deferproc returns to in it
    uintptr_t bp;           // 16: its rbp
    uintptr_t bx, r12, r13, r14, r15;   // 24..56: callee-saved registers (C callers')
    const void *fn;         // 64: the funcval to call
    struct _panic *_panic;  // 72: the panic running this call, if any
    struct _defer *link;    // 80: the next older deferred call
    bool started;           // a panic has started this call
} _defer;

// g is one goroutine (= rt/runtime2.go g): the fields panics and signals
// use, then the scheduler's (proc.c) and the channels' (chan.c, select.c).
typedef struct g {
    _panic *_panic;         // innermost active panic
    _defer *_defer;         // innermost deferred call
    uint32_t sig;           // signal that caused the current panic, 0 if none
    uint64_t sigcode0;      // its si_code
    uint64_t sigcode1;      // its fault address (si_addr)
    uint64_t sigpc;         // the pc of the faulting instruction

    int64_t goid;           // goroutine 1 runs main.main
    int status;             // Grunnable, Grunning, Gwaiting or Gdead (proc.c)
    const char *waitreason; // Gwaiting: why, as Go prints it ("chan receive")
    uintptr_t sched_sp;     // rsp while not running: the callee-saved registers
                            // and the return address of its switch are there
    uintptr_t stack_lo, stack_hi;   // the usable stack [lo, hi)
    struct g *schedlink;    // next in the run queue or the free list
    struct g *alllink;      // next in allgs
    const void *startfn;    // the funcval a new goroutine calls
    struct sudog *waiting;  // select: the sudogs it is queued with (chan.c)
    void *param;            // the sudog that woke it from a channel operation
    bool selectdone;        // a select of its has been chosen (chan.c dequeue)
    struct timer *sleep;    // time.Sleep's timer, reused (time.c)
    uintptr_t gopc;         // the return address of the newproc call that made it,
                            // for the traceback's "created by" line (= g.gopc)
} g;

// Goroutine statuses (= rt/runtime2.go _Grunnable, ...).
enum { Grunnable = 1, Grunning, Gwaiting, Gdead = 6 };

// The scheduler (proc.c). gopark stops the current goroutine until someone
// calls goready on it; goready makes a goroutine runnable, next in line
// (Go's runnext). = runtime.gopark, runtime.goready.
void gopark(const char *reason);
void goready(g *gp);
int64_t nanotime(void);     // monotonic nanoseconds (= runtime.nanotime)

// getg returns the current goroutine (= getg, a compiler intrinsic in Go).
g *getg(void);

// panic(v): v converted to an empty interface (codegen/convert.c). Runs the
// deferred calls, newest first; if one of them recovers, the frame that
// deferred it resumes (deferproc returns 1). Otherwise prints `panic: v` (and
// the panics it interrupted) and exits 2 (= runtime.gopanic, rt/panic.go).
_Noreturn void gopanic(eface e) __asm__("runtime.gopanic");

// recover(): the panic value if the caller, whose argument pointer is argp
// (runtime.getcallersp in it), is the deferred function a panic is running
// now, and that panic is not yet recovered; else nil (= runtime.gorecover).
eface gorecover(uintptr_t argp) __asm__("runtime.gorecover");

// defer: see defer.c. deferproc(fv) pushes a deferred call of the funcval fv
// for the calling frame and returns 0, or 1 when a recovered panic resumes the
// frame there; deferreturn() runs the calling frame's deferred calls, newest
// first (= runtime.deferproc, runtime.deferreturn). Both are assembly that
// read the caller's frame. getcallersp() returns its caller's argument pointer
// (= gc's getcallersp, the FP recover passes). wrapperprologue is gc's
// WRAPPER prologue: a wrapper called by a panic's deferred call passes the
// right to recover on to the function it calls.
// calldeferred calls the funcval fv with no arguments; if argp is not NULL it
// first stores there the argument pointer of that call. recovery resumes the
// frame that deferred d, at its deferproc, which returns 1 (= gc's recovery).
void calldeferred(const void *fv, uintptr_t *argp);
// panic_defers: deferred calls running for a panic (wrapperprologue's test,
// which optimized wrappers make inline).
extern uint64_t panic_defers __asm__("runtime.panic_defers");
_Noreturn void recovery(const _defer *d);
uint64_t deferproc(const void *fv) __asm__("runtime.deferproc");
void deferreturn(void) __asm__("runtime.deferreturn");
uintptr_t getcallersp(void) __asm__("runtime.getcallersp");
void wrapperprologue(void) __asm__("runtime.wrapperprologue");

// Runtime errors that compiled code raises with explicit checks (rt/panic.go).
// Each prints `panic: runtime error: <text>` and exits 2.
_Noreturn void panicdivide(void) __asm__("runtime.panicdivide");     // integer divide by zero
_Noreturn void panicshift(void) __asm__("runtime.panicshift");       // negative shift amount
_Noreturn void panicoverflow(void) __asm__("runtime.panicoverflow"); // integer overflow
_Noreturn void panicfloat(void) __asm__("runtime.panicfloat");       // floating point error
_Noreturn void panicmem(void) __asm__("runtime.panicmem");           // nil pointer dereference
_Noreturn void panicnilmap(void) __asm__("runtime.panicnilmap");
_Noreturn void panicwrap(GoString pkg, GoString typ, GoString meth)   // value method main.T.M
    __asm__("runtime.panicwrap");                                     // called using nil *T pointer     // assignment to entry in nil map (plainError)

// Bounds-check failures: x is the offending index or bound, y the length or
// capacity it was checked against. Compiled code calls the form matching the
// check (Go's panicIndex etc. in rt/asm_amd64.s, which call goPanicIndex etc.
// in rt/panic.go). The U forms take an unsigned x. Messages are Go's
// boundsError formats (error.c):
//   panicIndex(5, 3)        index out of range [5] with length 3
//   panicIndex(-1, 3)       index out of range [-1]
//   panicSliceAcap(5, 3)    slice bounds out of range [:5] with capacity 3
//   panicSliceB(3, 2)       slice bounds out of range [3:2]
_Noreturn void panicIndex(int64_t x, int64_t y) __asm__("runtime.panicIndex");
_Noreturn void panicIndexU(uint64_t x, int64_t y) __asm__("runtime.panicIndexU");
_Noreturn void panicSliceAlen(int64_t x, int64_t y) __asm__("runtime.panicSliceAlen");
_Noreturn void panicSliceAlenU(uint64_t x, int64_t y) __asm__("runtime.panicSliceAlenU");
_Noreturn void panicSliceAcap(int64_t x, int64_t y) __asm__("runtime.panicSliceAcap");
_Noreturn void panicSliceAcapU(uint64_t x, int64_t y) __asm__("runtime.panicSliceAcapU");
_Noreturn void panicSliceB(int64_t x, int64_t y) __asm__("runtime.panicSliceB");
_Noreturn void panicSliceBU(uint64_t x, int64_t y) __asm__("runtime.panicSliceBU");
_Noreturn void panicSlice3Alen(int64_t x, int64_t y) __asm__("runtime.panicSlice3Alen");
_Noreturn void panicSlice3AlenU(uint64_t x, int64_t y) __asm__("runtime.panicSlice3AlenU");
_Noreturn void panicSlice3Acap(int64_t x, int64_t y) __asm__("runtime.panicSlice3Acap");
_Noreturn void panicSlice3AcapU(uint64_t x, int64_t y) __asm__("runtime.panicSlice3AcapU");
_Noreturn void panicSlice3B(int64_t x, int64_t y) __asm__("runtime.panicSlice3B");
_Noreturn void panicSlice3BU(uint64_t x, int64_t y) __asm__("runtime.panicSlice3BU");
_Noreturn void panicSlice3C(int64_t x, int64_t y) __asm__("runtime.panicSlice3C");
_Noreturn void panicSlice3CU(uint64_t x, int64_t y) __asm__("runtime.panicSlice3CU");
_Noreturn void panicSliceConvert(int64_t x, int64_t y) __asm__("runtime.panicSliceConvert");

// For the runtime's own use: panics with the runtime's error values (error.c).
// panicerror raises errorString(msg) (printed "runtime error: " + msg; msg is
// NUL-terminated and must outlive the panic), panicplain a plainError (printed
// as it is). throw is Go's throw (rt/panic.go): an unrecoverable runtime
// failure, printed as `fatal error: msg`, exit 2.
_Noreturn void panicerror(const char *msg);
_Noreturn void panicplain(GoString msg);
_Noreturn void throw(const char *msg) __asm__("runtime.throw");
_Noreturn void throw_systemstack(const char *msg);  // panic.c: "runtime stack:" too
_Noreturn void sigpipe(void);                         // signal.c: die of SIGPIPE

// ---- Tracebacks (traceback.c) -----------------------------------------------------

// tracebackhere prints goroutine 1's frames (after `goroutine 1 [running]:`)
// from its caller's caller outwards; tracebackcontext from the code a signal
// interrupted at pc, with its sp and rbp. fatal adds each frame's fp, sp and pc,
// as Go's crash reports (fatal errors) do. Neither allocates or locks.
void tracebackhere(bool fatal);
void tracebackparked(const g *gp);   // a goroutine that is not running (deadlock reports)
void tracebackcontext(uintptr_t pc, uintptr_t sp, uintptr_t fp);
extern uintptr_t runtime_main_fp;   // C main's frame pointer: the walk ends there (proc.c)
extern const char gopanic_file[];   // panic.c, where a traceback's "panic(...)" frames are

// ---- Runtime error values (error.c) ---------------------------------------------

// The boundsError codes, in Go's order (rt/error.go boundsErrorCode).
typedef enum BoundsCode {
    boundsIndex,        // s[x], 0 <= x < len(s) failed
    boundsSliceAlen,    // s[?:x], 0 <= x <= len(s) failed
    boundsSliceAcap,    // s[?:x], 0 <= x <= cap(s) failed
    boundsSliceB,       // s[x:y], 0 <= x <= y failed
    boundsSlice3Alen,   // s[?:?:x], 0 <= x <= len(s) failed
    boundsSlice3Acap,   // s[?:?:x], 0 <= x <= cap(s) failed
    boundsSlice3B,      // s[?:x:y], 0 <= x <= y failed
    boundsSlice3C,      // s[x:y:?], 0 <= x <= y failed
    boundsConvert,      // (*[x]T)(s), 0 <= x <= len(s) failed
} BoundsCode;

// boundsError_Error writes the text of a bounds failure, with the
// "runtime error: " prefix, into buf (at least 128 bytes) and returns it as a
// GoString pointing into buf (= (boundsError).Error, rt/error.go).
GoString boundsError_Error(char *buf, int64_t x, bool signed_x, int64_t y, BoundsCode code);

// errorString_Error returns "runtime error: " + msg (= (errorString).Error);
// the result is allocated, msg must be NUL-terminated.
GoString errorString_Error(const char *msg);

// The runtime's error values (= rt/error.go) as panic values: an eface whose
// type word is one of these descriptors and whose data word points at an
// errorString or plainError (a Go string) or a boundsError, or a
// *TypeAssertionError. Their descriptors, with names, hashes and the methods
// Error and RuntimeError, are in errtypes.c (filled by errortypesinit).
typedef struct boundsError {   // = runtime.boundsError
    int64_t x;
    int64_t y;
    bool signed_;
    uint8_t code;              // a BoundsCode
} boundsError;
extern const _type errorString_type, plainError_type, boundsError_type, TypeAssertionError_type;
void errortypesinit(void);

// runtime_error_text sets *text to e's Error() if e holds one of the runtime's
// error values, and reports whether it did.
bool runtime_error_text(eface e, GoString *text);

// method_text sets *text to e.Error() if e's dynamic type has that method, else
// to e.String() if it has that one, and reports whether it did (the type
// switch of preprintpanics: error, then stringer).
bool method_text(eface e, GoString *text);

// printany prints a panic value as Go's printany does (rt/error.go): values of
// the predeclared types as print prints them, other bool, number and string
// types as T(v) (strings quoted), anything else as (T) 0xADDR.
void printany(eface e);

// ---- Signals (signal.c) -------------------------------------------------------------

// initsig installs the SIGSEGV, SIGBUS and SIGFPE handlers on an alternate signal
// stack (= runtime.initsig + minitSignalStack, rt/signal_unix.go).
void initsig(void);

// sigpanic turns the signal recorded in getg() into a Go panic: a fault below
// 0x1000 is a nil dereference (panicmem), another fault is `unexpected fault
// address` + throw("fault"), SIGFPE is panicdivide/panicoverflow/panicfloat.
// The signal handler makes the faulting code "call" it, as Go's preparePanic
// does (= runtime.sigpanic, rt/signal_unix.go).
_Noreturn void sigpanic(void) __asm__("runtime.sigpanic");

// ---- print and println (print.c) --------------------------------------------------

// The compiler lowers print(a, b) / println(a, b) as gc's walkPrint does:
//     printlock(); printint(a); printsp(); printstring(b); printnl(); printunlock()
// one call per argument by type. Everything goes to stderr (fd 2). Output
// between printlock and printunlock is buffered and written at printunlock;
// outside a lock each call writes at once. (= rt/print.go)
void printlock(void) __asm__("runtime.printlock");
void printunlock(void) __asm__("runtime.printunlock");
void printsp(void) __asm__("runtime.printsp");           // " "
void printnl(void) __asm__("runtime.printnl");           // "\n"
void printint(int64_t v) __asm__("runtime.printint");    // signed decimal: -2
void printuint(uint64_t v) __asm__("runtime.printuint"); // unsigned decimal (also uintptr): 255
void printbool(GoBool v) __asm__("runtime.printbool");   // true / false
void printfloat(double v) __asm__("runtime.printfloat"); // +1.500000e+000, NaN, +Inf, -Inf
void printstring(GoString s) __asm__("runtime.printstring");  // the raw bytes
void printhex(uint64_t v) __asm__("runtime.printhex");        // 0x1f (lowercase, no padding)
void printpointer(const void *p) __asm__("runtime.printpointer"); // 0xc000010000, nil = 0x0
void printslice(GoSlice s)   // 3 words: on the stack, as compiled code passes them
    __asm__("runtime.printslice");                      // [2/4]0xc000010000
void printeface(const _type *t, const void *data)
    __asm__("runtime.printeface");                      // (0x45d120,0x47ca48)
void printiface(const itab *tab, const void *data)
    __asm__("runtime.printiface");                      // (0x47cb78,0x4ef338)

// For the runtime's own messages: a NUL-terminated C string (= print("...")).
void printcstr(const char *s);

// printflush writes whatever the print buffer holds; panic and exit paths call
// it so that nothing printed before them is lost.
void printflush(void);

// ---- Strings (string.c) ---------------------------------------------------------------

// a + b + ...: the concatenation in fresh memory. As in Go's concatstrings
// (rt/string.go): if all parts are empty the result is ""; if exactly one part
// is non-empty that part is returned as is (no copy).
GoString concatstring2(GoString a0, GoString a1) __asm__("runtime.concatstring2");
GoString concatstring3(GoString a0, GoString a1, GoString a2) __asm__("runtime.concatstring3");
GoString concatstring4(GoString a0, GoString a1, GoString a2, GoString a3)
    __asm__("runtime.concatstring4");
GoString concatstring5(GoString a0, GoString a1, GoString a2, GoString a3, GoString a4)
    __asm__("runtime.concatstring5");
GoString concatstrings(const GoString *a, int64_t n) __asm__("runtime.concatstrings");

// cmpstring returns -1, 0 or +1 as a is bytewise less than, equal to or greater
// than b (= internal/bytealg.Compare / runtime.cmpstring). The compiler uses it
// for < <= > >= on strings; == and != are a length compare plus memequal.
int64_t cmpstring(GoString a, GoString b) __asm__("runtime.cmpstring");

// rawstring allocates an uninitialised, pointer-free buffer of n bytes for a
// new string (= runtime.rawstring).
uint8_t *rawstring(int64_t n);

// string(v) for an integer v: the UTF-8 encoding of the code point v, or of
// U+FFFD when v is negative, a surrogate or above U+10FFFF. buf, if not NULL,
// is 4 bytes the result may use instead of new memory (= runtime.intstring;
// compiled code passes NULL).
GoString intstring(uint8_t *buf, int64_t v) __asm__("runtime.intstring");

// encoderune writes the UTF-8 encoding of r (U+FFFD for an invalid code
// point) to p, which has room for 4 bytes, and returns its length
// (= runtime.encoderune, rt/utf8.go).
int64_t encoderune(uint8_t *p, int64_t r);

// decoderune decodes the rune that starts at byte k of s, for a range loop
// whose byte s[k] is not ASCII: r is the rune and pos the index just after
// it; an invalid or short sequence gives (U+FFFD, k + 1) (= runtime.decoderune,
// rt/utf8.go). The two results come back in rax, rdx.
typedef struct DecodedRune {
    int64_t r;
    int64_t pos;
} DecodedRune;
DecodedRune decoderune(GoString s, int64_t k) __asm__("runtime.decoderune");

// The conversions between strings and byte or rune slices (= rt/string.go).
// buf is gc's stack buffer for results that do not escape; mgc passes nil
// and always allocates. An invalid rune becomes U+FFFD; an invalid UTF-8
// sequence becomes one U+FFFD rune per bad byte, as in a range loop.
GoSlice stringtoslicebyte(void *buf, GoString s) __asm__("runtime.stringtoslicebyte");
GoString slicebytetostring(void *buf, const uint8_t *ptr, int64_t n) __asm__("runtime.slicebytetostring");
GoSlice stringtoslicerune(void *buf, GoString s) __asm__("runtime.stringtoslicerune");
GoString slicerunetostring(void *buf, GoSlice a) __asm__("runtime.slicerunetostring");

// ---- Comparison and hashing (alg.c) -----------------------------------------------------

// memequal reports whether the size bytes at a and b are equal (= runtime.memequal,
// rt/alg.go). Result is the word 0 or 1.
GoBool memequal(const void *a, const void *b, uint64_t size) __asm__("runtime.memequal");

// A type's `equal` and a map's `hasher` are funcvals: pointers to a block whose
// first word is the code pointer (the varlen ones hold the size in the second
// word). Compiled code calls one with the funcval pointer in r10 (System V's
// static-chain register) and the arguments as usual; callfuncval does that from
// C: callfuncval(t->equal, p, q), callfuncval(m->hasher, p, seed).
uint64_t callfuncval(const void *fv, uint64_t a, uint64_t b) __asm__("runtime.callfuncval");

// efaceeq/ifaceeq: x == y for the data words of two interfaces holding the
// same dynamic type t (tab->_type). nil t: true. Panics `runtime error:
// comparing uncomparable type T` for a type without equality (= rt/alg.go).
GoBool efaceeq(const _type *t, const void *x, const void *y) __asm__("runtime.efaceeq");
GoBool ifaceeq(const itab *tab, const void *x, const void *y) __asm__("runtime.ifaceeq");

// typehash is the hash of the t at p with seed h, as the map's hasher for t
// would compute it; panics `runtime error: hash of unhashable type T` (=
// rt/alg.go typehash). The equality and hash functions each type's descriptor
// names (memequal64, strhash, nilinterhash, ...) are declared in alg.c.
uint64_t typehash(const _type *t, const void *p, uint64_t h) __asm__("runtime.typehash");

// fastrand returns 64 pseudo-random bits from a generator seeded at random per
// process (= runtime.fastrand64): NaN hashes, map seeds, map iteration starts.
uint64_t fastrand(void);

// ---- Allocation (malloc.c) ---------------------------------------------------------------

// zerobase is the address of every zero-byte allocation (= runtime.zerobase).
extern uint64_t zerobase __asm__("runtime.zerobase");

// mallocgc returns size bytes of garbage-collected memory (= runtime.mallocgc,
// rt/malloc.go), backed by the Boehm-Demers-Weiser collector:
//   size == 0                      -> &zerobase
//   typ != NULL && ptrdata == 0    -> GC_MALLOC_ATOMIC (never scanned); zeroed if needzero
//   otherwise                      -> GC_MALLOC (scanned conservatively; always zeroed)
// typ == NULL is treated as "may hold pointers": Go means pointer-free by it, but
// codegen may pass NULL before it has a descriptor, and scanning is always safe.
// Runtime code that knows its memory is pointer-free calls mallocgc_noscan.
void *mallocgc(uint64_t size, const _type *typ, GoBool needzero) __asm__("runtime.mallocgc");

// newobject allocates a zeroed value of type typ (= new(T), runtime.newobject).
void *newobject(const _type *typ) __asm__("runtime.newobject");

// mallocgc_noscan: size bytes the collector never scans, not zeroed.
void *mallocgc_noscan(uint64_t size);
// memclr zeroes n bytes (= memclrNoHeapPointers' loop of vector stores).
void memclr(void *p, uint64_t n);
// clearlarge zeroes n bytes of a block just allocated, handing its whole
// pages back to the kernel past a megabyte (they come back zero when touched).
void clearlarge(void *p, uint64_t n);

// memmove copies n bytes from src to dst, which may overlap (= runtime.memmove,
// behind gc's copies of large values). memclrNoHeapPointers clears n bytes at p.
void memmove_go(void *dst, const void *src, uint64_t n) __asm__("runtime.memmove");
void memclrNoHeapPointers(void *p, uint64_t n) __asm__("runtime.memclrNoHeapPointers");

// ---- Slices (slice.c) ---------------------------------------------------------------------

// makeslice allocates the zeroed backing array of make([]T, len, cap), or
// panics with "makeslice: len out of range" / "cap out of range" (= rt/slice.go).
void *makeslice(const _type *et, int64_t len, int64_t cap) __asm__("runtime.makeslice");

// growslice returns a copy of old with room for at least cap elements and
// old's length, the capacity chosen by Go 1.19's growth rule and rounded up to
// a malloc size class (= rt/slice.go growslice; append then sets the length).
GoSlice growslice(const _type *et, GoSlice old, int64_t cap) __asm__("runtime.growslice");

// ---- Maps (map.c) --------------------------------------------------------------------------

// A map value is a *hmap (nil for a nil map); len(m) is the hmap's first word,
// count (= rt/map.go). Compiled code passes keys by address and receives the
// address of the element slot, which it then loads or stores (GO119-INTERNALS.md
// §1.5 for the maptype; docs/LOWERING.md "Maps").
struct hmap;
struct hiter;
struct maptype;

// make(map[K]V, hint) and make(map[K]V) (= makemap, makemap_small). h is gc's
// preallocated hmap for maps that do not escape; mgc passes nil.
struct hmap *makemap(const struct maptype *t, int64_t hint, struct hmap *h) __asm__("runtime.makemap");
struct hmap *makemap_small(void) __asm__("runtime.makemap_small");

// m[k]: the element's address, or the address of a zero value (zeroVal, 1024
// bytes; larger elements pass their own zero area to the _fat forms).
void *mapaccess1(const struct maptype *t, struct hmap *h, const void *key) __asm__("runtime.mapaccess1");
void *mapaccess1_fat(const struct maptype *t, struct hmap *h, const void *key, void *zero)
    __asm__("runtime.mapaccess1_fat");

// v, ok := m[k]: the element's address and whether the key was present (rax, rdx).
typedef struct MapAccess2 {
    void *elem;
    GoBool ok;
} MapAccess2;
MapAccess2 mapaccess2(const struct maptype *t, struct hmap *h, const void *key) __asm__("runtime.mapaccess2");
MapAccess2 mapaccess2_fat(const struct maptype *t, struct hmap *h, const void *key, void *zero)
    __asm__("runtime.mapaccess2_fat");

// m[k] = v: the address of k's element slot, created (zeroed) if k is new;
// panics `assignment to entry in nil map` when h is nil.
void *mapassign(const struct maptype *t, struct hmap *h, const void *key) __asm__("runtime.mapassign");

// delete(m, k): no-op for a nil map or a missing key.
void mapdelete(const struct maptype *t, struct hmap *h, const void *key) __asm__("runtime.mapdelete");

// for k, v := range m: mapiterinit fills the 96-byte hiter (in the caller's
// frame) and moves to the first entry; mapiternext moves to the next. The
// iterator's first two words are the current key's and element's addresses;
// the key word is nil when the iteration is over.
void mapiterinit(const struct maptype *t, struct hmap *h, struct hiter *it) __asm__("runtime.mapiterinit");
void mapiternext(struct hiter *it) __asm__("runtime.mapiternext");

// ---- Package os (os.c) -------------------------------------------------------------------

// os.Exit(code): flush and end the process with status code; deferred calls do
// not run and nothing is printed (= os.Exit, os/proc.go).
_Noreturn void os_Exit(int64_t code) __asm__("os.Exit");

// The other bodiless functions of lib/os.go are declared in os.c, each with its
// definition (keep in sync with lib/os.go).

#endif
