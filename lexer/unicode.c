// unicode.c: Unicode classes for the scanner. ASCII is decided inline; other
// runes are looked up in ranges generated from Go 1.19's own tables
// (lexer/unicode_tables.h, written by lexer/mkunicode.go), so mgc classifies
// runes exactly as gc does.
#include "lexer/lexer.h"

typedef struct RuneRange {
    int32_t lo, hi;
} RuneRange;

#include "lexer/unicode_tables.h"

// in_table reports whether r lies in one of the sorted, disjoint ranges.
static bool in_table(const RuneRange *t, size_t n, int32_t r) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r < t[mid].lo)
            hi = mid;
        else if (r > t[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

#define IN(t, r) in_table(t, sizeof t / sizeof t[0], r)

bool rune_is_letter(int32_t r) {  // = unicode.IsLetter(r) || r == '_'
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_';
    return IN(letters, r);
}

bool rune_is_digit(int32_t r) {  // = unicode.IsDigit
    if (r < 0x80)
        return r >= '0' && r <= '9';
    return IN(digits, r);
}

bool rune_is_print(int32_t r) {  // = strconv.IsPrint
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    return IN(printables, r);
}
