// string.c: string operations (= rt/string.go).
//
// A Go string is immutable, so a new string is built in fresh memory from the
// collector and never changed after it is returned. Memory for string bytes is
// pointer-free (mallocgc_noscan): the collector never scans it.
#include <string.h>

#include "runtime.h"

// = runtime.rawstring: room for n bytes of a new string.
uint8_t *rawstring(int64_t n) {
    return mallocgc_noscan((uint64_t)n);
}

// = runtime.concatstrings: the total length is summed first (with an overflow
// check), then the parts are copied one after the other. When only one part is
// non-empty, that string is returned itself: strings are immutable, so sharing
// is safe and saves a copy, exactly as Go does.
GoString concatstrings(const GoString *a, int64_t n) {
    int64_t total = 0;
    int64_t count = 0;   // non-empty parts
    int64_t idx = 0;     // the last non-empty part
    for (int64_t i = 0; i < n; i++) {
        if (a[i].len == 0)
            continue;
        if (total + a[i].len < total)
            throw("string concatenation too long");
        total += a[i].len;
        count++;
        idx = i;
    }
    if (count == 0)
        return (GoString){NULL, 0};
    if (count == 1)
        return a[idx];

    uint8_t *p = rawstring(total);
    int64_t off = 0;
    for (int64_t i = 0; i < n; i++) {
        if (a[i].len == 0)
            continue;   // its ptr may be NULL, which memcpy must not see
        memcpy(p + off, a[i].ptr, (size_t)a[i].len);
        off += a[i].len;
    }
    return (GoString){p, total};
}

// = runtime.concatstring2 ... concatstring5: the fixed-arity forms the compiler
// uses for 2 to 5 operands; longer chains pass an array to concatstrings.
GoString concatstring2(GoString a0, GoString a1) {
    GoString a[] = {a0, a1};
    return concatstrings(a, 2);
}

GoString concatstring3(GoString a0, GoString a1, GoString a2) {
    GoString a[] = {a0, a1, a2};
    return concatstrings(a, 3);
}

GoString concatstring4(GoString a0, GoString a1, GoString a2, GoString a3) {
    GoString a[] = {a0, a1, a2, a3};
    return concatstrings(a, 4);
}

GoString concatstring5(GoString a0, GoString a1, GoString a2, GoString a3, GoString a4) {
    GoString a[] = {a0, a1, a2, a3, a4};
    return concatstrings(a, 5);
}

// = runtime.cmpstring (internal/bytealg.Compare): compare the common prefix
// bytewise as unsigned bytes; if it is equal, the shorter string is less.
int64_t cmpstring(GoString a, GoString b) {
    int64_t n = a.len < b.len ? a.len : b.len;
    int c = n > 0 ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
    if (c != 0)
        return c < 0 ? -1 : 1;
    if (a.len != b.len)
        return a.len < b.len ? -1 : 1;
    return 0;
}

// Conversions come here as the language grows, each mirroring its Go
// counterpart in rt/string.go: slicebytetostring, stringtoslicebyte,
// stringtoslicerune, slicerunetostring, intstring, and the string range
// helpers decoderune (rt/utf8.go).
