// symbol.c: Go symbol names -> NASM identifiers (docs/ABI.md, "Symbol names").
//
// NASM identifiers may use letters, digits and _ $ # @ ~ . ? and must start
// with a letter, _, ? or . (a leading . makes a local label). Go's symbols use
// more: main.(*Rect).Area, type.*main.Rect, type.[]int, type.func(int) string,
// go.itab.main.Rect,main.Shape, go.string."hi". The scheme, chosen so that
// ordinary names pass unchanged and the rest stay readable and injective:
//
//   - bytes in [A-Za-z0-9_.] are kept;
//   - every other byte, including '$' itself, becomes '$' and two lowercase hex
//     digits:  main.(*Rect).Area  ->  main.$28$2aRect$29.Area;
//   - a name whose first byte is not [A-Za-z_] is escaped from its first byte
//     and prefixed with '?' (so a mangled name never starts with '$', which
//     NASM would read as a hex number or its identifier marker);
//   - a name with no '.' at all (a C symbol such as memmove) could be a NASM
//     reserved word (rax, byte, rel), so it gets NASM's identifier marker '$':
//     memmove -> $memmove, which still names the ELF symbol "memmove".
//
// The ELF symbol is the NASM spelling without a leading '$'. Injective: '$' is
// always escaped, a leading '?' only comes from rule 3, a leading '$' only from
// rule 4, and rules 3 and 4 never apply to the same name.
//
// NASM tells identifiers apart by their first 4095 bytes only, and the deepest
// closure of 10,000 nested function literals is main.main.func1.1.1...,
// 20,000 bytes, written at every call and reference (the assembly grew with
// the square of the depth). So a spelling longer than MAX_SYMBOL keeps its first
// MAX_SYMBOL - 20 bytes, then "..h" and the 64-bit FNV-1a hash of the whole
// spelling in hex (block labels, appended to a function's symbol, still fit).
#include "internal.h"

#include <string.h>

static bool keep_byte(unsigned char c, bool first) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_')
        return true;
    return !first && ((c >= '0' && c <= '9') || c == '.');
}

// symbol_escaped says whether the NASM spelling of name has escapes, i.e.
// whether a listing should show the Go name beside it.
bool symbol_escaped(const char *name) {
    for (const char *p = name; *p; p++)
        if (!keep_byte((unsigned char)*p, p == name))
            return true;
    return false;
}

enum { MAX_SYMBOL = 400 };

static const char *shorten(const char *spelling) {
    size_t len = strlen(spelling);
    if (len <= MAX_SYMBOL)
        return spelling;
    uint64_t h = 14695981039346656037u;
    for (const char *p = spelling; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211u;
    return arena_printf("%.*s..h%016llx", MAX_SYMBOL - 20, spelling, (unsigned long long)h);
}

// comment_name is a function's name as a comment shows it: cut past
// MAX_SYMBOL bytes, as its symbol is. Closures nested d deep are named
// f.func1.1.1..., and d whole names in comments would take d^2 bytes.
const char *comment_name(const char *goname) {
    return strlen(goname) <= MAX_SYMBOL ? goname : arena_printf("%.*s...", MAX_SYMBOL - 20, goname);
}

const char *asm_symbol(const char *goname) {
    if (!goname || !*goname)
        unreachable();
    if (!symbol_escaped(goname))
        return shorten(strchr(goname, '.') ? goname : arena_printf("$%s", goname));
    Buf b = {0};
    if (!keep_byte((unsigned char)goname[0], true))
        buf_putc(&b, '?');
    for (const char *p = goname; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (keep_byte(c, p == goname))
            buf_putc(&b, (char)c);
        else
            buf_printf(&b, "$%02x", c);
    }
    return shorten(buf_cstr(&b));
}
