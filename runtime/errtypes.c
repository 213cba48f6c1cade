// errtypes.c: the runtime's error types as dynamic types (= rt/error.go):
// runtime.errorString, runtime.plainError, runtime.boundsError and
// *runtime.TypeAssertionError, each with a descriptor whose method table
// holds Error() string and RuntimeError(), so that a program can assert a
// recovered runtime error to error (getitab finds the methods as for any
// type) and call Error():
//     r := recover() ; err, ok := r.(error) ; println(err.Error())
//
// mgc differs: a method's name, type and code are 4-byte absolute addresses
// (type.h), which C cannot compute in a static initializer, so
// errortypesinit fills the method tables before main.init. The method types
// are the program's own descriptors of func() string and func() (weak: a
// program without them has no interface these methods could satisfy), so
// that getitab's pointer comparison of signatures (itab.init) works.
#include <stddef.h>

#include "type.h"

extern const _type go_type_func_string __asm__("type.func$28$29$20string") __attribute__((weak));
extern const _type go_type_func __asm__("type.func$28$29") __attribute__((weak));
extern const void *const strequal_f[1] __asm__("runtime.strequal$c2$b7f");
extern const void *const memequal64_f[1] __asm__("runtime.memequal64$c2$b7f");

// ---- Names (flags byte, uvarint length, bytes; type.h) -----------------------------------

#define NAME(var, f, s) \
    static const struct { uint8_t flags, len; char bytes[sizeof(s)]; } var = {f, sizeof(s) - 1, s}
NAME(name_errorString, 0, "*runtime.errorString");
NAME(name_plainError, 0, "*runtime.plainError");
NAME(name_boundsError, 0, "*runtime.boundsError");
NAME(name_TypeAssertionError, 1, "*runtime.TypeAssertionError");
NAME(name_Error, 1, "Error");
NAME(name_RuntimeError, 1, "RuntimeError");
#undef NAME

static int32_t off(const void *p) { return (int32_t)(uintptr_t)p; }

// ---- The methods, as itabs call them (receiver = the interface data word) ----------------

static GoString errorString_Error_m(const GoString *e) {   // = errorString.Error
    return concatstring2(GOSTRING("runtime error: "), *e);
}

static GoString plainError_Error_m(const GoString *e) { return *e; }  // = plainError.Error

static GoString boundsError_Error_m(const boundsError *b) {   // = boundsError.Error
    char *buf = mallocgc_noscan(128);
    return boundsError_Error(buf, b->x, b->signed_, b->y, (BoundsCode)b->code);
}

static GoString TypeAssertionError_Error_m(const void *e) {   // = (*TypeAssertionError).Error
    GoString text;
    runtime_error_text((eface){&TypeAssertionError_type, (void *)e}, &text);
    return text;
}

static void RuntimeError_m(const void *e) { (void)e; }   // = the RuntimeError() markers

// boundsError's == (gc generates type..eq.runtime.boundsError), as a funcval.
static uint64_t boundsError_equal(const boundsError *p, const boundsError *q) {
    return p->x == q->x && p->y == q->y && p->signed_ == q->signed_ && p->code == q->code;
}
static const void *const boundsError_equal_f[1] = {(const void *)boundsError_equal};

// ---- Descriptors: the kind's struct, then the uncommontype, then [2]method -------------

typedef struct {
    uncommontype u;
    method m[2];    // Error, RuntimeError (sorted)
} methods2;

#define COMMON(sz, pd, h, tf, k, eq) \
    {.size = sz, .ptrdata = pd, .hash = h, .tflag = tf, .align = 8, .fieldAlign = 8, .kind = k, .equal = eq}

struct { _type typ; methods2 x; } errorString_type_desc __asm__("errorString_type") = {
    .typ = COMMON(16, 8, 0x4316e803, tflagUncommon | tflagExtraStar | tflagNamed, kindString, strequal_f)};
struct { _type typ; methods2 x; } plainError_type_desc __asm__("plainError_type") = {
    .typ = COMMON(16, 8, 0x8868e27b, tflagUncommon | tflagExtraStar | tflagNamed, kindString, strequal_f)};
struct { structtype typ; methods2 x; } boundsError_type_desc __asm__("boundsError_type") = {
    .typ.typ = COMMON(sizeof(boundsError), 0, 0x2ba4dfe6, tflagUncommon | tflagExtraStar | tflagNamed, kindStruct,
            boundsError_equal_f)};
struct { ptrtype typ; methods2 x; } TypeAssertionError_type_desc __asm__("TypeAssertionError_type") = {
    .typ.typ = COMMON(8, 8, 0x0be47274, tflagUncommon | tflagRegularMemory, kindPtr | kindDirectIface,
                      memequal64_f)};
#undef COMMON

static void fill(_type *t, methods2 *x, const void *str, const void *error_fn) {
    t->str = off(str);
    x->u = (uncommontype){.mcount = 2, .xcount = 2, .moff = (uint32_t)offsetof(methods2, m)};
    x->m[0] = (method){off(&name_Error), off(&go_type_func_string), off(error_fn), off(error_fn)};
    x->m[1] = (method){off(&name_RuntimeError), off(&go_type_func), off(RuntimeError_m), off(RuntimeError_m)};
}

// errortypesinit fills the descriptors' names and method tables (see above).
void errortypesinit(void) {
    fill(&errorString_type_desc.typ, &errorString_type_desc.x, &name_errorString, errorString_Error_m);
    fill(&plainError_type_desc.typ, &plainError_type_desc.x, &name_plainError, plainError_Error_m);
    fill(&boundsError_type_desc.typ.typ, &boundsError_type_desc.x, &name_boundsError, boundsError_Error_m);
    fill(&TypeAssertionError_type_desc.typ.typ, &TypeAssertionError_type_desc.x, &name_TypeAssertionError,
         TypeAssertionError_Error_m);
}
