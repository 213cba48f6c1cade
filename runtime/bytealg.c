// bytealg.c: searching bytes (= internal/bytealg, which gc writes in
// assembly with SSE/AVX2 loops): the bodiless IndexByte, Count and Index
// helpers of lib/strings.go and lib/bytes.go, over the C library's memchr
// and memmem, which are vectorized the same way.
#include <string.h>

#include "runtime.h"

// Keep in sync with lib/strings.go and lib/bytes.go. A byte argument arrives
// in a full register whose upper bits mgc does not promise: each is cut to
// 8 bits here.
int64_t strings_IndexByte(GoString s, uint64_t c) __asm__("strings.IndexByte");
int64_t strings_countByte(GoString s, uint64_t c) __asm__("strings.countByte");
int64_t strings_indexString(GoString s, GoString sep) __asm__("strings.indexString");
int64_t bytes_IndexByte(GoSlice b, uint64_t c) __asm__("bytes.IndexByte");
int64_t bytes_countByte(GoSlice b, uint64_t c) __asm__("bytes.countByte");
int64_t bytes_indexBytes(GoSlice b, GoSlice sep) __asm__("bytes.indexBytes");

static int64_t index_byte(const uint8_t *p, int64_t n, uint64_t c) {
    const uint8_t *at = n > 0 ? memchr(p, (uint8_t)c, (size_t)n) : NULL;
    return at ? at - p : -1;
}

static int64_t count_byte(const uint8_t *p, int64_t n, uint64_t c) {
    int64_t count = 0;
    for (const uint8_t *end = p + n; p < end; count++) {
        p = memchr(p, (uint8_t)c, (size_t)(end - p));
        if (p == NULL)
            break;
        p++;
    }
    return count;
}

// index_of: the first i with p[i:i+m] == sep, or -1; an empty sep is at 0.
static int64_t index_of(const uint8_t *p, int64_t n, const uint8_t *sep, int64_t m) {
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    const uint8_t *at = memmem(p, (size_t)n, sep, (size_t)m);
    return at ? at - p : -1;
}

int64_t strings_IndexByte(GoString s, uint64_t c) { return index_byte(s.ptr, s.len, c); }
int64_t strings_countByte(GoString s, uint64_t c) { return count_byte(s.ptr, s.len, c); }
int64_t strings_indexString(GoString s, GoString sep) {
    return index_of(s.ptr, s.len, sep.ptr, sep.len);
}
int64_t bytes_IndexByte(GoSlice b, uint64_t c) { return index_byte(b.array, b.len, c); }
int64_t bytes_countByte(GoSlice b, uint64_t c) { return count_byte(b.array, b.len, c); }
int64_t bytes_indexBytes(GoSlice b, GoSlice sep) {
    return index_of(b.array, b.len, sep.array, sep.len);
}
