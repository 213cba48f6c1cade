// unicode.c: the C half of lib/unicode.go: Go 1.19's range tables, laid out
// as Go's unicode.RangeTable (R16 and R32 slices, LatinOffset), and the
// title-case exceptions (runtime/mkunicode.go generates both from Go's own
// tables; keep the table order in sync with lib/unicode.go).
#include <stddef.h>

#include "runtime.h"

typedef struct Range16 {  // = unicode.Range16: 6 bytes, align 2
    uint16_t lo, hi, stride;
} Range16;

typedef struct Range32 {  // = unicode.Range32: 12 bytes, align 4
    uint32_t lo, hi, stride;
} Range32;

typedef struct RangeTable {  // = unicode.RangeTable
    GoSlice r16;
    GoSlice r32;
    int64_t latin_offset;
} RangeTable;

typedef struct CaseRange {  // = unicode.CaseRange: 20 bytes, align 4
    uint32_t lo, hi;
    int32_t delta[3]; // UpperCase, LowerCase, TitleCase
} CaseRange;

#include "unicode_tables.h"

// = the unicode.Letter, unicode.Upper, ... variables: the i-th table.
RangeTable *unicode_table(int64_t i) __asm__("unicode.table");
RangeTable *unicode_table(int64_t i) {
    if (i < 0 || (size_t)i >= sizeof range_tables / sizeof *range_tables)
        return NULL;
    return &range_tables[i];
}

// caseRanges returns Go's unicode.CaseRanges, the slice lib/unicode.go's
// CaseRanges variable holds.
GoSlice unicode_caseRanges(void) __asm__("unicode.caseRanges");
GoSlice unicode_caseRanges(void) {
    int64_t n = sizeof case_ranges / sizeof *case_ranges;
    return (GoSlice){case_ranges, n, n};
}

// = unicode.ToTitle for the runes where it differs from unicode.ToUpper;
// -1 for the others.
int64_t unicode_titleException(int64_t r) __asm__("unicode.titleException");
int64_t unicode_titleException(int64_t r) {
    size_t lo = 0, hi = sizeof title_exceptions / sizeof *title_exceptions;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (title_exceptions[m][0] == r)
            return title_exceptions[m][1];
        if (title_exceptions[m][0] < r)
            lo = m + 1;
        else
            hi = m;
    }
    return -1;
}

// unicode.ToUpper, ToLower and SimpleFold are strings.c's (the same tables).
int64_t strings_toUpper(int64_t r) __asm__("strings.toUpper");
int64_t strings_toLower(int64_t r) __asm__("strings.toLower");
int64_t strings_simpleFold(int64_t r) __asm__("strings.simpleFold");

int64_t unicode_ToUpper(int64_t r) __asm__("unicode.ToUpper");
int64_t unicode_ToUpper(int64_t r) { return strings_toUpper(r); }

int64_t unicode_ToLower(int64_t r) __asm__("unicode.ToLower");
int64_t unicode_ToLower(int64_t r) { return strings_toLower(r); }

int64_t unicode_SimpleFold(int64_t r) __asm__("unicode.SimpleFold");
int64_t unicode_SimpleFold(int64_t r) { return strings_simpleFold(r); }
