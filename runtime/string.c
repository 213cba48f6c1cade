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

// ---- UTF-8 (= rt/utf8.go) ----------------------------------------------------------

enum {
    runeError = 0xFFFD,     // U+FFFD, what invalid input becomes
    maxRune = 0x10FFFF,
    surrogateMin = 0xD800,
    surrogateMax = 0xDFFF,
};

// iscontinuation says whether b is a continuation byte, 10xxxxxx.
static bool iscontinuation(uint8_t b) {
    return (b & 0xC0) == 0x80;
}

// = runtime.encoderune: 1 to 4 bytes by the size of r.
int64_t encoderune(uint8_t *p, int64_t r) {
    if (r < 0 || r > maxRune || (r >= surrogateMin && r <= surrogateMax))
        r = runeError;
    if (r < 0x80) {
        p[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        p[0] = (uint8_t)(0xC0 | r >> 6);
        p[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        p[0] = (uint8_t)(0xE0 | r >> 12);
        p[1] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
        p[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | r >> 18);
    p[1] = (uint8_t)(0x80 | (r >> 12 & 0x3F));
    p[2] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
    p[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

// = runtime.intstring. A value that does not fit in a rune (int32) is not a
// code point either, so it becomes U+FFFD like any other invalid one.
GoString intstring(uint8_t *buf, int64_t v) {
    uint8_t *p = buf ? buf : rawstring(4);
    if ((int64_t)(int32_t)v != v)
        v = runeError;
    return (GoString){p, encoderune(p, v)};
}

// decodeseq decodes the n-byte sequence at p (n = 2, 3, 4, given by the lead
// byte) if the n - 1 bytes after the lead are continuation bytes and the
// result is neither overlong, a surrogate nor above U+10FFFF; else it returns -1.
static int64_t decodeseq(const uint8_t *p, int64_t n) {
    static const uint8_t leadmask[] = {0, 0, 0x1F, 0x0F, 0x07};
    static const int64_t minrune[] = {0, 0, 0x80, 0x800, 0x10000};
    int64_t r = p[0] & leadmask[n];
    for (int64_t i = 1; i < n; i++) {
        if (!iscontinuation(p[i]))
            return -1;
        r = r << 6 | (p[i] & 0x3F);
    }
    if (r < minrune[n] || r > maxRune || (r >= surrogateMin && r <= surrogateMax))
        return -1;
    return r;
}

// = runtime.decoderune. The lead byte gives the length: 110xxxxx two bytes,
// 1110xxxx three, 11110xxx four; anything else (a stray continuation byte,
// 0xF8 and up) is invalid, as is a sequence cut short by the string's end.
DecodedRune decoderune(GoString s, int64_t k) {
    DecodedRune bad = {runeError, k + 1};
    if (k >= s.len)
        return bad;
    const uint8_t *p = s.ptr + k;
    int64_t left = s.len - k;
    int64_t n = p[0] >= 0xF0 && p[0] < 0xF8 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 0;
    if (p[0] >= 0xF8 || n == 0 || left < n)
        return bad;
    int64_t r = decodeseq(p, n);
    return r < 0 ? bad : (DecodedRune){r, k + n};
}

// ---- Conversions between strings and slices ---------------------------------------------

// = runtime.stringtoslicebyte: []byte(s), a copy.
GoSlice stringtoslicebyte(void *buf, GoString s) {
    (void)buf;
    uint8_t *p = mallocgc_noscan((uint64_t)s.len);
    memmove(p, s.ptr, (size_t)s.len);
    return (GoSlice){p, s.len, (int64_t)s.len};
}

// = runtime.slicebytetostring: string(b), a copy.
GoString slicebytetostring(void *buf, const uint8_t *ptr, int64_t n) {
    (void)buf;
    if (n == 0)
        return (GoString){NULL, 0};
    uint8_t *p = rawstring(n);
    memmove(p, ptr, (size_t)n);
    return (GoString){p, n};
}

// next_rune decodes the rune at byte k of s and returns it, with k advanced.
static int64_t next_rune(GoString s, int64_t *k) {
    if (s.ptr[*k] < 0x80)
        return s.ptr[(*k)++];
    DecodedRune d = decoderune(s, *k);
    *k = d.pos;
    return d.r;
}

// = runtime.stringtoslicerune: []rune(s).
GoSlice stringtoslicerune(void *buf, GoString s) {
    (void)buf;
    int64_t n = 0;
    for (int64_t k = 0; k < s.len; n++)
        next_rune(s, &k);
    int32_t *a = mallocgc_noscan((uint64_t)n * sizeof(int32_t));
    int64_t i = 0;
    for (int64_t k = 0; k < s.len;)
        a[i++] = (int32_t)next_rune(s, &k);
    return (GoSlice){a, n, n};
}

// = runtime.slicerunetostring: string(runes).
GoString slicerunetostring(void *buf, GoSlice a) {
    (void)buf;
    const int32_t *runes = a.array;
    uint8_t scratch[4];
    int64_t size = 0;
    for (int64_t i = 0; i < a.len; i++)
        size += encoderune(scratch, runes[i]);
    if (size == 0)
        return (GoString){NULL, 0};
    uint8_t *p = rawstring(size);
    int64_t at = 0;
    for (int64_t i = 0; i < a.len; i++)
        at += encoderune(p + at, runes[i]);
    return (GoString){p, size};
}
