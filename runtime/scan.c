// scan.c: what fmt's scanner does with reflect (fmt/scan.go's scanOne, its
// default case): an operand that is a pointer to a type other than the
// predeclared ones lib/fmt.go's type switch lists, such as *Celsius for
// `type Celsius float64`, is scanned by the kind of what it points to and
// stored through it here.
#include "runtime.h"
#include "type.h"

// ScanKind is the kind of *arg and its size in bits; for a slice, bits is
// 8 if its elements are bytes (the only slices scanned), else 0. Kind 0
// (reflect.Invalid) is a nil pointer, -1 an operand that is no pointer.
typedef struct ScanKind {
    int64_t kind, bits;
} ScanKind;

static int64_t kind_of(const _type *t) { return t->kind & kindMask; }

// Keep in sync with lib/fmt.go.
ScanKind fmt_scanKind(eface arg) __asm__("fmt.scanKind");
void fmt_storeInt(eface arg, int64_t v) __asm__("fmt.storeInt");
void fmt_storeFloat(eface arg, double v) __asm__("fmt.storeFloat");
void fmt_storeString(eface arg, GoString v) __asm__("fmt.storeString");
void fmt_storeBytes(eface arg, GoSlice v) __asm__("fmt.storeBytes");

// = reflect's v.Elem().Kind() and v.Type().Bits().
ScanKind fmt_scanKind(eface arg) {
    if (!arg._type || kind_of(arg._type) != kindPtr)
        return (ScanKind){-1, 0};
    if (arg.data == NULL)
        return (ScanKind){0, 0};
    const _type *elem = ((const ptrtype *)arg._type)->elem;
    int64_t kind = kind_of(elem);
    if (kind == kindSlice) {
        const _type *e = ((const slicetype *)elem)->elem;
        return (ScanKind){kind, kind_of(e) == kindUint8 ? 8 : 0};
    }
    return (ScanKind){kind, (int64_t)elem->size * 8};
}

// = SetInt, SetUint, SetBool: v truncated to the pointee's size.
void fmt_storeInt(eface arg, int64_t v) {
    const _type *elem = ((const ptrtype *)arg._type)->elem;
    switch (elem->size) {
    case 1: *(int8_t *)arg.data = (int8_t)v; break;
    case 2: *(int16_t *)arg.data = (int16_t)v; break;
    case 4: *(int32_t *)arg.data = (int32_t)v; break;
    default: *(int64_t *)arg.data = v; break;
    }
}

// = SetFloat: a float32 pointee gets v rounded to float32.
void fmt_storeFloat(eface arg, double v) {
    const _type *elem = ((const ptrtype *)arg._type)->elem;
    if (elem->size == 4)
        *(float *)arg.data = (float)v;
    else
        *(double *)arg.data = v;
}

// = SetString.
void fmt_storeString(eface arg, GoString v) { *(GoString *)arg.data = v; }

// = Set of a byte slice made from the scanned string.
void fmt_storeBytes(eface arg, GoSlice v) { *(GoSlice *)arg.data = v; }
