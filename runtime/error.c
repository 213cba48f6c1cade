// error.c: the text of runtime errors (= rt/error.go).
//
// Go's runtime errors are values (errorString, plainError, boundsError, and
// later TypeAssertionError) whose Error method gives the text after "panic: ".
// This file also prints panic values (printany).
#include <string.h>

#include "type.h"

// The formats of rt/error.go: %x is the index or bound, %y the length or
// capacity. The second table is used when x is negative (y is then omitted).
static const char *const boundsErrorFmts[] = {
    [boundsIndex]      = "index out of range [%x] with length %y",
    [boundsSliceAlen]  = "slice bounds out of range [:%x] with length %y",
    [boundsSliceAcap]  = "slice bounds out of range [:%x] with capacity %y",
    [boundsSliceB]     = "slice bounds out of range [%x:%y]",
    [boundsSlice3Alen] = "slice bounds out of range [::%x] with length %y",
    [boundsSlice3Acap] = "slice bounds out of range [::%x] with capacity %y",
    [boundsSlice3B]    = "slice bounds out of range [:%x:%y]",
    [boundsSlice3C]    = "slice bounds out of range [%x:%y:]",
    [boundsConvert]    = "cannot convert slice with length %y to pointer to array with length %x",
};

static const char *const boundsNegErrorFmts[] = {
    [boundsIndex]      = "index out of range [%x]",
    [boundsSliceAlen]  = "slice bounds out of range [:%x]",
    [boundsSliceAcap]  = "slice bounds out of range [:%x]",
    [boundsSliceB]     = "slice bounds out of range [%x:]",
    [boundsSlice3Alen] = "slice bounds out of range [::%x]",
    [boundsSlice3Acap] = "slice bounds out of range [::%x]",
    [boundsSlice3B]    = "slice bounds out of range [:%x:]",
    [boundsSlice3C]    = "slice bounds out of range [%x::]",
    [boundsConvert]    = "cannot convert slice with length %y to pointer to array with length %x",
};

// appendint writes v in decimal at p (as signed or unsigned) and returns the
// end (= appendIntStr).
static char *appendint(char *p, int64_t v, bool is_signed) {
    uint64_t u = (uint64_t)v;
    if (is_signed && v < 0) {
        *p++ = '-';
        u = 0 - u;
    }
    char digits[20];
    int n = 0;
    do {
        digits[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    while (n > 0)
        *p++ = digits[--n];
    return p;
}

// = (boundsError).Error. The longest message is 99 bytes, so 128 is enough.
GoString boundsError_Error(char *buf, int64_t x, bool signed_x, int64_t y, BoundsCode code) {
    const char *fmt = boundsErrorFmts[code];
    if (signed_x && x < 0)
        fmt = boundsNegErrorFmts[code];
    char *p = buf;
    memcpy(p, "runtime error: ", 15);
    p += 15;
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            *p++ = *fmt;
            continue;
        }
        fmt++;
        if (*fmt == 'x')
            p = appendint(p, x, signed_x);
        else if (*fmt == 'y')
            p = appendint(p, y, true);
    }
    return (GoString){(const uint8_t *)buf, p - buf};
}

// = (errorString).Error
GoString errorString_Error(const char *msg) {
    return concatstring2(GOSTRING("runtime error: "),
                         (GoString){(const uint8_t *)msg, (int64_t)strlen(msg)});
}

// ---- The runtime's errors as values -------------------------------------------------

// The error types' descriptors, with their Error methods, are in errtypes.c.

// = runtime.TypeAssertionError; a panic value is a *TypeAssertionError (a
// pointer: the data word is the error itself).
typedef struct TypeAssertionError {
    const _type *_interface;    // the static type of x in x.(T), or NULL
    const _type *concrete;      // x's dynamic type, NULL if x is nil
    const _type *asserted;      // T
    GoString missingMethod;     // the method of T the dynamic type lacks, or ""
} TypeAssertionError;

_Noreturn void panicTypeAssertion(const _type *iface, const _type *concrete, const _type *asserted,
                                  GoString missingMethod) {
    TypeAssertionError *e = mallocgc(sizeof *e, NULL, 1);
    *e = (TypeAssertionError){iface, concrete, asserted, missingMethod};
    gopanic((eface){&TypeAssertionError_type, e});
}

// = (*TypeAssertionError).Error. Every type of a program is in package main,
// so two types with the same string are from different scopes.
static GoString TypeAssertionError_Error(const TypeAssertionError *e) {
    GoString inter = e->_interface ? type_string(e->_interface) : GOSTRING("interface");
    GoString as = type_string(e->asserted);
    if (e->concrete == NULL) {
        GoString parts[] = {GOSTRING("interface conversion: "), inter, GOSTRING(" is nil, not "), as};
        return concatstrings(parts, 4);
    }
    GoString cs = type_string(e->concrete);
    if (e->missingMethod.len == 0) {
        bool same = cs.len == as.len && memcmp(cs.ptr, as.ptr, (size_t)cs.len) == 0;
        GoString parts[] = {GOSTRING("interface conversion: "), inter, GOSTRING(" is "), cs,
                            GOSTRING(", not "), as, GOSTRING(" (types from different scopes)")};
        return concatstrings(parts, same ? 7 : 6);
    }
    GoString parts[] = {GOSTRING("interface conversion: "), cs, GOSTRING(" is not "), as,
                        GOSTRING(": missing method "), e->missingMethod};
    return concatstrings(parts, 6);
}

bool runtime_error_text(eface e, GoString *text) {
    if (e._type == &TypeAssertionError_type) {
        *text = TypeAssertionError_Error(e.data);
        return true;
    }
    if (e._type == &errorString_type) {
        *text = concatstring2(GOSTRING("runtime error: "), *(const GoString *)e.data);
    } else if (e._type == &plainError_type) {
        *text = *(const GoString *)e.data;
    } else if (e._type == &boundsError_type) {
        const boundsError *b = e.data;
        char *buf = mallocgc_noscan(128);
        *text = boundsError_Error(buf, b->x, b->signed_, b->y, (BoundsCode)b->code);
    } else {
        return false;
    }
    return true;
}

// ---- error and Stringer values (= the type switch of preprintpanics) -----------------

// find_text_method returns the code (the itab form, ifn: it takes the data
// word as receiver) of t's method `name` of type func() string, or NULL.
static const void *find_text_method(const _type *t, GoString name) {
    const uncommontype *x = type_uncommon(t);
    if (x == NULL)
        return NULL;
    const method *ms = (const method *)((const uint8_t *)x + x->moff);
    for (int i = 0; i < x->xcount; i++) {   // exported methods come first
        if (ms[i].mtyp == 0)
            continue;   // a runtime error type's method whose func type the program lacks (errtypes.c)
        GoString n = name_string(resolve_off(ms[i].name));
        GoString sig = type_string(resolve_off(ms[i].mtyp));
        if (n.len == name.len && memcmp(n.ptr, name.ptr, (size_t)n.len) == 0 &&
            sig.len == 13 && memcmp(sig.ptr, "func() string", 13) == 0)
            return resolve_off(ms[i].ifn);
    }
    return NULL;
}

// method_text sets *text to e.Error() if e's dynamic type implements error,
// else to e.String() if it implements fmt.Stringer (Error wins when a type has
// both), calling the compiled method through its ifn as an itab would.
bool method_text(eface e, GoString *text) {
    if (e._type == NULL)
        return false;
    const void *fn = find_text_method(e._type, GOSTRING("Error"));
    if (fn == NULL)
        fn = find_text_method(e._type, GOSTRING("String"));
    if (fn == NULL)
        return false;
    *text = ((GoString(*)(void *))fn)(e.data);
    return true;
}

// ---- Printing panic values (= printany, printanycustomtype) ----------------------------

// The predeclared types' descriptors, when the program has them (weak: a type
// no value of which is ever converted to an interface is not emitted, and its
// address is then NULL). printany's type switch compares with them, as Go's
// compares type words.
#define PREDECLARED(c, go) extern const _type c __asm__("type." go) __attribute__((weak));
PREDECLARED(go_type_bool, "bool") PREDECLARED(go_type_int, "int") PREDECLARED(go_type_int8, "int8")
PREDECLARED(go_type_int16, "int16") PREDECLARED(go_type_int32, "int32") PREDECLARED(go_type_int64, "int64")
PREDECLARED(go_type_uint, "uint") PREDECLARED(go_type_uint8, "uint8") PREDECLARED(go_type_uint16, "uint16")
PREDECLARED(go_type_uint32, "uint32") PREDECLARED(go_type_uint64, "uint64")
PREDECLARED(go_type_uintptr, "uintptr") PREDECLARED(go_type_float32, "float32")
PREDECLARED(go_type_float64, "float64") PREDECLARED(go_type_string, "string")
#undef PREDECLARED

// printvalue prints the bool, number or string at p, of kind k, as print does.
// It returns false for the other kinds.
static bool printvalue(uint8_t k, const void *p) {
    switch (k) {
    case kindBool: printbool(*(const uint8_t *)p); return true;
    case kindInt: case kindInt64: printint(*(const int64_t *)p); return true;
    case kindInt8: printint(*(const int8_t *)p); return true;
    case kindInt16: printint(*(const int16_t *)p); return true;
    case kindInt32: printint(*(const int32_t *)p); return true;
    case kindUint: case kindUint64: case kindUintptr: printuint(*(const uint64_t *)p); return true;
    case kindUint8: printuint(*(const uint8_t *)p); return true;
    case kindUint16: printuint(*(const uint16_t *)p); return true;
    case kindUint32: printuint(*(const uint32_t *)p); return true;
    case kindFloat32: printfloat(*(const float *)p); return true;
    case kindFloat64: printfloat(*(const double *)p); return true;
    case kindString: printstring(*(const GoString *)p); return true;
    default: return false;
    }
}

static bool is_predeclared(const _type *t) {
    const _type *basic[] = {&go_type_bool, &go_type_int, &go_type_int8, &go_type_int16, &go_type_int32,
                            &go_type_int64, &go_type_uint, &go_type_uint8, &go_type_uint16, &go_type_uint32,
                            &go_type_uint64, &go_type_uintptr, &go_type_float32, &go_type_float64,
                            &go_type_string};
    for (size_t i = 0; i < sizeof basic / sizeof *basic; i++)
        if (t == basic[i])
            return true;
    return false;
}

// printanycustomtype: main.MyInt(7), main.MyStr("hi"), or (main.P) 0xc000010000.
static void printanycustomtype(eface e) {
    GoString ts = type_string(e._type);
    uint8_t k = e._type->kind & kindMask;
    if (k > kindFloat64 && k != kindString) {
        printcstr("(");
        printstring(ts);
        printcstr(") ");
        printpointer(e.data);
        return;
    }
    printstring(ts);
    printcstr(k == kindString ? "(\"" : "(");
    printvalue(k, e.data);
    printcstr(k == kindString ? "\")" : ")");
}

void printany(eface e) {
    if (e._type == NULL)
        printcstr("nil");
    else if (is_predeclared(e._type))
        printvalue(e._type->kind & kindMask, e.data);
    else
        printanycustomtype(e);
}
