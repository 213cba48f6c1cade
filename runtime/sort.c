// sort.c: what sort.Slice needs of reflect (= reflectlite.ValueOf(x).Len()
// and reflectlite.Swapper): the bodiless functions of lib/sort.go (keep in
// sync), reading the slice through x's type descriptor.
#include <string.h>

#include "type.h"

int64_t sort_sliceLen(eface x) __asm__("sort.sliceLen");
void sort_swapElems(eface x, int64_t i, int64_t j) __asm__("sort.swapElems");
GoString sort_kindName(eface x) __asm__("sort.kindName");

// = sort.sliceLen: the length of the slice x holds, or -1 if x holds no slice.
int64_t sort_sliceLen(eface x) {
    if (!x._type || (x._type->kind & kindMask) != kindSlice)
        return -1;
    return ((const GoSlice *)x.data)->len;
}

// = sort.swapElems: swaps elements i and j of the slice x holds (the
// indices are in range: the sort only makes such swaps).
void sort_swapElems(eface x, int64_t i, int64_t j) {
    const GoSlice *s = x.data;
    uint64_t size = ((const slicetype *)x._type)->elem->size;
    char tmp[256], *big = NULL, *t = tmp;
    if (size > sizeof tmp)
        t = big = mallocgc(size, NULL, true);
    char *a = (char *)s->array + (uint64_t)i * size, *b = (char *)s->array + (uint64_t)j * size;
    memcpy(t, a, size);
    memcpy(a, b, size);
    memcpy(b, t, size);
    if (big)
        memset(big, 0, size);
}

// = reflect.Kind.String of x's dynamic type, "" for nil (for Swapper's
// panic on a value that is not a slice).
GoString sort_kindName(eface x) {
    static const char *const names[] = {
        "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
        "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
        "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
    };
    unsigned k = x._type ? x._type->kind & kindMask : 0;
    const char *n = k < sizeof names / sizeof *names ? names[k] : "invalid";
    return (GoString){(const uint8_t *)n, k ? (int64_t)strlen(n) : 0};
}
