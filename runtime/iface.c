// iface.c: converting values to interfaces (= rt/iface.go). The compiler
// supplies the type word (type.T) and asks these functions only for the data
// word, a pointer to a copy of the value (codegen/convert.c; GO119-INTERNALS.md
// §3.5). Values below 256 of the small integer types point into staticuint64s
// instead of new memory.
#include <string.h>

#include "type.h"

// = runtime.staticuint64s: the words 0..255, little-endian, so that the first
// 1, 2, 4 or 8 bytes of element v read as v at any width.
const uint64_t staticuint64s[256] __asm__("runtime.staticuint64s") = {
#define ROW(n) n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7
#define ROWS(n) ROW(n), ROW(n + 8), ROW(n + 16), ROW(n + 24)
    ROWS(0), ROWS(32), ROWS(64), ROWS(96), ROWS(128), ROWS(160), ROWS(192), ROWS(224),
#undef ROWS
#undef ROW
};

// = runtime.zeroVal: what an empty string or a nil slice points to.
static const uint8_t zeroVal[1024];

void *convT16(uint64_t val) __asm__("runtime.convT16");
void *convT32(uint64_t val) __asm__("runtime.convT32");
void *convT64(uint64_t val) __asm__("runtime.convT64");
void *convTstring(GoString val) __asm__("runtime.convTstring");
void *convTslice(GoSlice val) __asm__("runtime.convTslice");
void *convT(const _type *t, const void *v) __asm__("runtime.convT");
void *convTnoptr(const _type *t, const void *v) __asm__("runtime.convTnoptr");

// boxsmall copies the low `size` bytes of val to new memory, unless val < 256.
static void *boxsmall(uint64_t val, uint64_t size) {
    if (val < 256)
        return (void *)&staticuint64s[val];
    void *x = mallocgc_noscan(size);
    memcpy(x, &val, size);
    return x;
}

void *convT16(uint64_t val) { return boxsmall(val & 0xffff, 2); }
void *convT32(uint64_t val) { return boxsmall(val & 0xffffffff, 4); }
void *convT64(uint64_t val) { return boxsmall(val, 8); }

void *convTstring(GoString val) {
    if (val.len == 0)
        return (void *)zeroVal;
    GoString *x = mallocgc(sizeof val, NULL, 1);
    *x = val;
    return x;
}

void *convTslice(GoSlice val) {
    if (val.array == NULL)
        return (void *)zeroVal;
    GoSlice *x = mallocgc(sizeof val, NULL, 1);
    *x = val;
    return x;
}

// convT copies the t at v to new memory (t has pointers); convTnoptr likewise
// for a pointer-free t.
void *convT(const _type *t, const void *v) {
    void *x = mallocgc(t->size, t, 1);
    memmove(x, v, t->size);
    return x;
}

void *convTnoptr(const _type *t, const void *v) {
    void *x = mallocgc(t->size, t, 0);
    memmove(x, v, t->size);
    return x;
}
