// bits.c: the bodiless functions of lib/math/bits.go (keep in sync): the
// ones an amd64 instruction does (gc makes most of them intrinsics: LZCNT or
// BSR, TZCNT or BSF, POPCNT, BSWAP, MUL, DIV), here through GCC's builtins
// and one DIV. The symbols are spelled as compiled code spells math/bits.
#include "runtime.h"

int64_t bits_Len64(uint64_t x) __asm__("math$2fbits.Len64");
int64_t bits_TrailingZeros64(uint64_t x) __asm__("math$2fbits.TrailingZeros64");
int64_t bits_OnesCount64(uint64_t x) __asm__("math$2fbits.OnesCount64");
uint64_t bits_ReverseBytes64(uint64_t x) __asm__("math$2fbits.ReverseBytes64");

// The (hi, lo) and (quo, rem) results: two words in rax, rdx.
typedef struct { uint64_t a, b; } WordPair;
WordPair bits_Mul64(uint64_t x, uint64_t y) __asm__("math$2fbits.Mul64");
WordPair bits_Div64(uint64_t hi, uint64_t lo, uint64_t y) __asm__("math$2fbits.Div64");
WordPair bits_Div32(uint64_t hi, uint64_t lo, uint64_t y) __asm__("math$2fbits.Div32");

// = bits.Len64: the bits needed to represent x (0 for 0).
int64_t bits_Len64(uint64_t x) { return x == 0 ? 0 : 64 - __builtin_clzll(x); }

// = bits.TrailingZeros64 (64 for 0).
int64_t bits_TrailingZeros64(uint64_t x) { return x == 0 ? 64 : __builtin_ctzll(x); }

// = bits.OnesCount64: the population count.
int64_t bits_OnesCount64(uint64_t x) { return __builtin_popcountll(x); }

// = bits.ReverseBytes64 (BSWAP).
uint64_t bits_ReverseBytes64(uint64_t x) { return __builtin_bswap64(x); }

// = bits.Mul64: the 128-bit product as (hi, lo).
WordPair bits_Mul64(uint64_t x, uint64_t y) {
    unsigned __int128 p = (unsigned __int128)x * y;
    return (WordPair){(uint64_t)(p >> 64), (uint64_t)p};
}

// = bits.Div64: (hi, lo) / y and the remainder, one DIV; like gc's it
// panics with runtime's errors for y == 0 and for a quotient that does not
// fit (y <= hi).
WordPair bits_Div64(uint64_t hi, uint64_t lo, uint64_t y) {
    if (y == 0)
        panicdivide();
    if (y <= hi)
        panicoverflow();
    uint64_t quo, rem;
    __asm__("divq %4" : "=a"(quo), "=d"(rem) : "a"(lo), "d"(hi), "rm"(y));
    return (WordPair){quo, rem};
}

// = bits.Div32: the same for 32-bit halves (y == 0 is the divide error,
// checked after the overflow test, as gc orders them).
WordPair bits_Div32(uint64_t hi, uint64_t lo, uint64_t y) {
    hi = (uint32_t)hi;
    lo = (uint32_t)lo;
    y = (uint32_t)y;
    if (y != 0 && y <= hi)
        panicoverflow();
    if (y == 0)
        panicdivide();
    uint64_t z = hi << 32 | lo;
    return (WordPair){(uint32_t)(z / y), (uint32_t)(z % y)};
}
