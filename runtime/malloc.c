// malloc.c: memory allocation (= rt/malloc.go), backed by the Boehm-Demers-
// Weiser conservative collector (libgc). Go's own allocator and collector are
// replaced by GC_MALLOC / GC_MALLOC_ATOMIC; what stays Go's is the interface:
// mallocgc(size, typ, needzero), newobject(typ), zerobase, and the rule that
// pointer-free memory (typ->ptrdata == 0) is never scanned.
#include <gc.h>
#include <string.h>

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

void *mallocgc_noscan(uint64_t size) {
    if (size == 0)
        return &zerobase;
    return checkalloc(GC_MALLOC_ATOMIC(size));
}

// = runtime.mallocgc
void *mallocgc(uint64_t size, const _type *typ, GoBool needzero) {
    if (size == 0)
        return &zerobase;
    if (typ != NULL && typ->ptrdata == 0) {
        void *p = checkalloc(GC_MALLOC_ATOMIC(size));
        if (needzero)
            memset(p, 0, size);
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
void memclrNoHeapPointers(void *p, uint64_t n) { memset(p, 0, n); }
