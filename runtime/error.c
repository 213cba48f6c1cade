// error.c: the text of runtime errors (= rt/error.go).
//
// Go's runtime errors are values (errorString, plainError, boundsError, and
// later TypeAssertionError) whose Error method gives the text after "panic: ".
// Until the runtime defines type descriptors for them, only their text exists.
#include <string.h>

#include "runtime.h"

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
