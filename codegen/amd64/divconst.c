// divconst.c: division and remainder by a constant without a divide
// instruction (= gc's rewrite rules for Div64 and Mod64 by constants, after
// Granlund and Montgomery, "Division by invariant integers using
// multiplication", and Hacker's Delight, chapter 10). idiv costs 40 to 90
// cycles; a multiply, a few shifts and adds cost under 10. Only in optimized
// code, where the divisor is a known immediate; -N keeps the div.
//
// Signed n / d, for 2 <= |d| < 2^63, with the magic number M and shift s of d:
//     q = hi64(M * n)                     imul: rdx:rax = rax * rcx
//     q += n  (d > 0, M < 0)   or   q -= n  (d < 0, M > 0)
//     q >>= s                             arithmetic
//     q += q >>> 63                       round toward zero: +1 when negative
// Unsigned n / d, for 2 <= d < 2^63:
//     d = 2^k:   q = n >> k,  r = n & (d-1)
//     else:      q = hi64(M * n) >> s, or when M needs 65 bits ("add"):
//                t = hi64(M * n) ; q = (((n - t) >> 1) + t) >> (s-1)
// The remainder is n - q*d.
#include "internal.h"

typedef struct Magic {
    uint64_t m;
    int shift;
    bool add;       // unsigned only: the 65-bit magic's top bit
} Magic;

// signed_magic computes M and s for a signed divisor d, 2 <= |d| < 2^63
// (Hacker's Delight, figure 10-1, for 64 bits).
static Magic signed_magic(int64_t d) {
    const uint64_t two63 = 1ull << 63;
    uint64_t ad = d < 0 ? -(uint64_t)d : (uint64_t)d;
    uint64_t t = two63 + ((uint64_t)d >> 63);
    uint64_t anc = t - 1 - t % ad;
    uint64_t q1 = two63 / anc, r1 = two63 - q1 * anc;
    uint64_t q2 = two63 / ad, r2 = two63 - q2 * ad, delta;
    int p = 63;
    do {
        p++;
        q1 *= 2, r1 *= 2;
        if (r1 >= anc)
            q1++, r1 -= anc;
        q2 *= 2, r2 *= 2;
        if (r2 >= ad)
            q2++, r2 -= ad;
        delta = ad - r2;
    } while (q1 < delta || (q1 == delta && r1 == 0));
    uint64_t m = q2 + 1;
    return (Magic){d < 0 ? -m : m, p - 64, false};
}

// unsigned_magic computes M, s and the add indicator for an unsigned divisor
// 2 <= d < 2^63 that is not a power of two (Hacker's Delight, figure 10-2).
static Magic unsigned_magic(uint64_t d) {
    const uint64_t two63 = 1ull << 63;
    bool add = false;
    uint64_t nc = UINT64_MAX - (0 - d) % d;
    uint64_t q1 = two63 / nc, r1 = two63 - q1 * nc;
    uint64_t q2 = (two63 - 1) / d, r2 = (two63 - 1) - q2 * d, delta;
    int p = 63;
    do {
        p++;
        if (r1 >= nc - r1)
            q1 = 2 * q1 + 1, r1 = 2 * r1 - nc;
        else
            q1 = 2 * q1, r1 = 2 * r1;
        if (r2 + 1 >= d - r2) {
            if (q2 >= two63 - 1)
                add = true;
            q2 = 2 * q2 + 1, r2 = 2 * r2 + 1 - d;
        } else {
            if (q2 >= two63)
                add = true;
            q2 = 2 * q2, r2 = 2 * r2 + 1;
        }
        delta = d - 1 - r2;
    } while (p < 128 && (q1 < delta || (q1 == delta && r1 == 0)));
    return (Magic){q2 + 1, p - 64, add};
}

static int log2_exact(uint64_t d) {   // k if d = 2^k, else -1
    if (d == 0 || (d & (d - 1)) != 0)
        return -1;
    int k = 0;
    while ((1ull << k) != d)
        k++;
    return k;
}

// signed_quotient leaves n / d in rax, with n in rcx.
static void signed_quotient(FuncGen *g, int64_t d) {
    Magic mg = signed_magic(d);
    emit_insc(g->e, arena_printf("magic number of /%lld", (long long)d), "mov", "rax, %lld",
              (long long)mg.m);
    emit_insc(g->e, "rdx = high 64 bits of magic * n", "imul", "rcx");
    if (d > 0 && (int64_t)mg.m < 0)
        emit_ins(g->e, "add", "rdx, rcx");
    else if (d < 0 && (int64_t)mg.m > 0)
        emit_ins(g->e, "sub", "rdx, rcx");
    if (mg.shift > 0)
        emit_ins(g->e, "sar", "rdx, %d", mg.shift);
    emit_ins(g->e, "mov", "rax, rdx");
    emit_ins(g->e, "shr", "rax, 63");
    emit_insc(g->e, "round toward zero", "add", "rax, rdx");
}

// unsigned_quotient leaves n / d in rax, with n in rcx.
static void unsigned_quotient(FuncGen *g, uint64_t d) {
    int k = log2_exact(d);
    if (k >= 0) {
        emit_ins(g->e, "mov", "rax, rcx");
        emit_insc(g->e, arena_printf("/ %llu", (unsigned long long)d), "shr", "rax, %d", k);
        return;
    }
    Magic mg = unsigned_magic(d);
    emit_insc(g->e, arena_printf("magic number of /%llu", (unsigned long long)d), "mov",
              "rax, %llu", (unsigned long long)mg.m);
    emit_insc(g->e, "rdx = high 64 bits of magic * n", "mul", "rcx");
    if (!mg.add) {
        emit_ins(g->e, "mov", "rax, rdx");
        if (mg.shift > 0)
            emit_ins(g->e, "shr", "rax, %d", mg.shift);
        return;
    }
    emit_ins(g->e, "mov", "rax, rcx");
    emit_ins(g->e, "sub", "rax, rdx");
    emit_ins(g->e, "shr", "rax, 1");
    emit_ins(g->e, "add", "rax, rdx");
    if (mg.shift > 1)
        emit_ins(g->e, "shr", "rax, %d", mg.shift - 1);
}

// sel_divide_const emits n / d or n % d for a constant d into rax or rcx
// and says which; false if d is not one it handles (0, 1, -1, INT64_MIN,
// unsigned 2^63 and above), for sel_divide's div.
bool sel_divide_const(FuncGen *g, const IrInstr *in, int64_t d, Reg *result) {
    bool rem = in->op == IR_REM;
    bool ok = in->sign ? d != 0 && d != 1 && d != -1 && d != INT64_MIN : d >= 2;
    if (!ok)
        return false;
    emit_move(g, loc_reg(RCX), vloc(g, in->a), NULL);
    if (!in->sign && rem && log2_exact((uint64_t)d) >= 0) {
        const char *note = arena_printf("%% %lld", (long long)d);
        if (d - 1 <= INT32_MAX) {
            emit_insc(g->e, note, "and", "rcx, %lld", (long long)(d - 1));
        } else {
            emit_ins(g->e, "mov", "rax, %lld", (long long)(d - 1));
            emit_insc(g->e, note, "and", "rcx, rax");
        }
        *result = RCX;
        return true;
    }
    if (in->sign)
        signed_quotient(g, d);
    else
        unsigned_quotient(g, (uint64_t)d);
    *result = RAX;
    if (!rem)
        return true;
    if (d >= INT32_MIN && d <= INT32_MAX) {
        emit_ins(g->e, "imul", "rax, rax, %lld", (long long)d);
    } else {
        emit_ins(g->e, "mov", "rdx, %lld", (long long)d);
        emit_ins(g->e, "imul", "rax, rdx");
    }
    emit_insc(g->e, "remainder = n - q*d", "sub", "rcx, rax");
    *result = RCX;
    return true;
}
