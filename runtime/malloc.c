// malloc.c: memory allocation (= rt/malloc.go), backed by the Boehm-Demers-
// Weiser conservative collector (libgc). Go's own allocator and collector are
// replaced by GC_MALLOC / GC_MALLOC_ATOMIC; what stays Go's is the interface:
// mallocgc(size, typ, needzero), newobject(typ), zerobase, and the rule that
// pointer-free memory (typ->ptrdata == 0) is never scanned.
#include <emmintrin.h>
#include <gc.h>
#include <string.h>
#include <sys/mman.h>

#include "runtime.h"

// = runtime.zerobase: the address of every zero-sized allocation, so that
// new(struct{}) and friends are non-nil without using memory.
uint64_t zerobase;

// GC_MALLOC returns NULL only when the heap cannot grow (= the out-of-memory
// throw in Go's mallocgc path).
static void *checkalloc(void *p) {
    if (p == NULL)
        throw_systemstack("runtime: out of memory");
    return p;
}

// memclr zeroes n bytes as gc's memclrNoHeapPointers does: 16-byte vector
// stores, four to an iteration, the tail by stores that overlap the end.
// (glibc's memset clears blocks of a few KB with `rep stosb`, which runs
// one step per byte.) Short blocks go to memset.
void memclr(void *p, uint64_t n) {
    if (n < 256) {
        memset(p, 0, (size_t)n);
        return;
    }
    __m128i z = _mm_setzero_si128();
    uint8_t *b = p, *end = b + n;
    for (; b + 64 <= end; b += 64) {
        _mm_storeu_si128((__m128i *)b, z);
        _mm_storeu_si128((__m128i *)(b + 16), z);
        _mm_storeu_si128((__m128i *)(b + 32), z);
        _mm_storeu_si128((__m128i *)(b + 48), z);
    }
    _mm_storeu_si128((__m128i *)(end - 64), z);
    _mm_storeu_si128((__m128i *)(end - 48), z);
    _mm_storeu_si128((__m128i *)(end - 32), z);
    _mm_storeu_si128((__m128i *)(end - 16), z);
}

void *mallocgc_noscan(uint64_t size) {
    if (size == 0)
        return &zerobase;
    return checkalloc(GC_MALLOC_ATOMIC(size));
}

enum { largeblock = 1 << 20 };   // blocks from here up take largealloc's path

// hugepages asks the kernel to back the 2 MB pages inside a large block
// with huge pages when it first touches them (the collector maps its heap
// with 4 KB pages; a growing slice's copies then spent most of their time in
// page faults). Advice only: a failure changes nothing.
static void hugepages(void *p, uint64_t size) {
    enum { huge = 2 << 20 };
    uintptr_t lo = ((uintptr_t)p + huge - 1) & ~(uintptr_t)(huge - 1);
    uintptr_t hi = ((uintptr_t)p + size) & ~(uintptr_t)(huge - 1);
    if (hi > lo)
        madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
}

// clearlarge zeroes a new block of n bytes. Past a megabyte the whole pages
// inside go back to the kernel (MADV_DONTNEED), which maps zeros in when they
// are first touched: a large array that is barely used then costs neither the
// time to clear it nor the memory, as gc's fresh spans need no zeroing.
void clearlarge(void *p, uint64_t n) {
    enum { page = 4096 };
    if (n < largeblock) {
        memclr(p, n);
        return;
    }
    uintptr_t lo = ((uintptr_t)p + page - 1) & ~(uintptr_t)(page - 1);
    uintptr_t hi = ((uintptr_t)p + n) & ~(uintptr_t)(page - 1);
    if (madvise((void *)lo, hi - lo, MADV_DONTNEED) != 0) {
        memclr(p, n);
        return;
    }
    memclr(p, lo - (uintptr_t)p);
    memclr((void *)hi, (uintptr_t)p + n - hi);
}

// largealloc is mallocgc's path for blocks of a megabyte or more, kept out of
// the small allocations' way.
static __attribute__((noinline)) void *largealloc(uint64_t size, bool noscan, bool needzero) {
    void *p = checkalloc(noscan ? GC_MALLOC_ATOMIC(size) : GC_MALLOC(size));
    hugepages(p, size);
    if (noscan && needzero)
        clearlarge(p, size);
    return p;
}

// = runtime.mallocgc
void *mallocgc(uint64_t size, const _type *typ, GoBool needzero) {
    if (size == 0)
        return &zerobase;
    bool noscan = typ != NULL && typ->ptrdata == 0;
    if (size >= largeblock)
        return largealloc(size, noscan, needzero);
    if (noscan) {
        void *p = checkalloc(GC_MALLOC_ATOMIC(size));
        if (needzero)
            memclr(p, size);
        return p;
    }
    return checkalloc(GC_MALLOC(size));   // GC_MALLOC memory is always zeroed
}

// = runtime.newobject: the allocation behind new(T) and &T{...}.
void *newobject(const _type *typ) {
    return mallocgc(typ->size, typ, 1);
}

// = runtime.memmove
void memmove_go(void *dst, const void *src, uint64_t n) { memmove(dst, src, n); }

// = runtime.memclrNoHeapPointers
void memclrNoHeapPointers(void *p, uint64_t n) { memclr(p, n); }
