// slice.c: slices (= rt/slice.go): make, and growing for append with gc's
// growth rule, so that cap() after an append is what go1.19 prints.
#include <string.h>

#include "runtime.h"

// Go's malloc size classes (rt/sizeclasses.go class_to_size): an allocation
// of up to 32 KiB is rounded up to the next class, a larger one to whole
// 8 KiB pages. growslice rounds the new capacity the same way.
static const uint16_t class_to_size[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
};
enum { MAX_SMALL_SIZE = 32768, PAGE_SIZE = 8192 };
static const uint64_t MAX_ALLOC = (uint64_t)1 << 48;  // = rt/malloc.go maxAlloc on linux/amd64

// = runtime.roundupsize
static uint64_t roundupsize(uint64_t size) {
    if (size < MAX_SMALL_SIZE) {
        for (size_t i = 1; i < sizeof class_to_size / sizeof *class_to_size; i++)
            if (class_to_size[i] >= size)
                return class_to_size[i];
    }
    if (size + PAGE_SIZE < size)
        return size;
    return (size + PAGE_SIZE - 1) & ~(uint64_t)(PAGE_SIZE - 1);
}

// mul_overflows: a * b does not fit in 64 bits (= math.MulUintptr).
static bool mul_overflows(uint64_t a, uint64_t b, uint64_t *product) {
    return __builtin_mul_overflow(a, b, product);
}

// = runtime.makeslice: the backing array of make([]T, len, cap).
void *makeslice(const _type *et, int64_t len, int64_t cap) {
    uint64_t mem;
    if (mul_overflows(et->size, (uint64_t)cap, &mem) || mem > MAX_ALLOC || len < 0 || len > cap) {
        if (mul_overflows(et->size, (uint64_t)len, &mem) || mem > MAX_ALLOC || len < 0)
            panicerror("makeslice: len out of range");
        panicerror("makeslice: cap out of range");
    }
    return mallocgc(mem, et, 1);
}

// next_capacity is growslice's new capacity for a slice of capacity old that
// must hold needed elements: double below 256, then grow by a quarter plus 192
// (smoothly from 2x to 1.25x), at least `needed`.
static int64_t next_capacity(int64_t old, int64_t needed) {
    int64_t doublecap = old + old;
    if (needed > doublecap)
        return needed;
    const int64_t threshold = 256;
    if (old < threshold)
        return doublecap;
    int64_t newcap = old;
    while (0 < newcap && newcap < needed)
        newcap += (newcap + 3 * threshold) / 4;
    return newcap <= 0 ? needed : newcap;
}

// = runtime.growslice: a new backing array of at least `cap` elements, holding
// old's elements; the result has old's length (append sets the new one).
GoSlice growslice(const _type *et, GoSlice old, int64_t cap) {
    if (cap < old.cap)
        panicerror("growslice: cap out of range");
    if (et->size == 0)
        return (GoSlice){&zerobase, old.len, cap};
    int64_t newcap = next_capacity(old.cap, cap);
    uint64_t capmem;
    if (mul_overflows(et->size, (uint64_t)newcap, &capmem) || capmem > MAX_ALLOC)
        panicerror("growslice: cap out of range");
    capmem = roundupsize(capmem);
    newcap = (int64_t)(capmem / et->size);
    uint64_t oldmem = (uint64_t)old.len * et->size;
    if (et->ptrdata != 0) {
        void *p = mallocgc(capmem, et, 1);  // zeroed: the collector may scan it
        memmove_go(p, old.array, oldmem);
        return (GoSlice){p, old.len, newcap};
    }
    // Pointer-free: only what the old elements do not cover is cleared (as
    // gc's growslice does), instead of clearing all and copying over it.
    uint8_t *p = mallocgc(capmem, et, 0);
    memmove_go(p, old.array, oldmem);
    clearlarge(p + oldmem, capmem - oldmem);
    return (GoSlice){p, old.len, newcap};
}
