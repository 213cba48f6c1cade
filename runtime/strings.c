// strings.c: the part of package strings that needs Unicode's case tables (=
// unicode.ToUpper, unicode.ToLower, unicode.SimpleFold in unicode/letter.go):
// the bodiless rune functions of lib/strings.go. The tables are generated
// from Go 1.19's (runtime/mkcase.go), so every rune maps as in Go.
#include "runtime.h"

// CaseRun is the runes lo, lo+stride, ..., hi, each mapping to rune+delta.
typedef struct CaseRun {
    int32_t lo, hi, stride, delta;
} CaseRun;

#include "case_tables.h"

// find_run reports whether a run of the sorted table t holds r, and its delta.
static bool find_run(const CaseRun *t, size_t n, int32_t r, int32_t *delta) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r < t[mid].lo)
            hi = mid;
        else if (r > t[mid].hi)
            lo = mid + 1;
        else if ((r - t[mid].lo) % t[mid].stride == 0) {
            *delta = t[mid].delta;
            return true;
        } else
            return false;
    }
    return false;
}

// lookup_delta returns the delta of the run holding r, 0 if none.
static int32_t lookup_delta(const CaseRun *t, size_t n, int32_t r) {
    int32_t d = 0;
    find_run(t, n, r, &d);
    return d;
}

#define DELTA(t, r) lookup_delta(t, sizeof t / sizeof t[0], r)

// Keep in sync with lib/strings.go.
int64_t strings_toUpper(int64_t r) __asm__("strings.toUpper");
int64_t strings_toLower(int64_t r) __asm__("strings.toLower");
int64_t strings_simpleFold(int64_t r) __asm__("strings.simpleFold");

// = unicode.ToUpper
int64_t strings_toUpper(int64_t r) {
    if (r < 0x80)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    return r > 0x10FFFF ? r : r + DELTA(upper_runs, (int32_t)r);
}

// = unicode.ToLower
int64_t strings_toLower(int64_t r) {
    if (r < 0x80)
        return r >= 'A' && r <= 'Z' ? r + 32 : r;
    return r > 0x10FFFF ? r : r + DELTA(lower_runs, (int32_t)r);
}

// = unicode.SimpleFold: the next rune of r's case orbit (k -> K -> U+212A
// -> k); an invalid rune is its own.
int64_t strings_simpleFold(int64_t r) {
    if (r < 0 || r > 0x10FFFF)
        return r;
    int32_t d;
    if (find_run(fold_exceptions, sizeof fold_exceptions / sizeof *fold_exceptions, (int32_t)r, &d))
        return r + d;
    int64_t l = strings_toLower(r);
    return l != r ? l : strings_toUpper(r);
}
