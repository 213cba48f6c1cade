// const.c: exact constant arithmetic (Go spec: Constant expressions).
//
// Integer constants are GMP integers, so `1 << 100 >> 98` is exactly 4 and an
// overflow is found when the constant meets a type, as the spec requires.
// Floating-point constants are exact fractions as far as go/constant keeps
// them so (float.c); an operation with a float operand gives a float.
#include "check.h"

#include <stdlib.h>
#include <string.h>

static ConstValue *new_const(ConstKind kind) {
    ConstValue *v = NEW(ConstValue);
    v->kind = kind;
    if (kind == CONST_INT)
        mpz_init(v->i);  // GMP's own allocation; constants live until exit
    return v;
}

ConstValue *const_int_si(long x) {
    ConstValue *v = new_const(CONST_INT);
    mpz_set_si(v->i, x);
    return v;
}

ConstValue *const_bool(bool b) {
    ConstValue *v = new_const(CONST_BOOL);
    v->b = b;
    return v;
}

ConstValue *const_string(const char *s, size_t len) {
    ConstValue *v = new_const(CONST_STRING);
    v->s = s;
    v->slen = len;
    return v;
}

// const_from_int_lit converts an integer literal's text (0x1F, 0o17, 017, 0b1,
// 1_000) to its exact value. The lexer has already checked its syntax.
ConstValue *const_from_int_lit(const char *lit) {
    char *digits = arena_alloc(strlen(lit) + 1), *d = digits;
    int base = 10;
    const char *p = lit;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        base = 16, p += 2;
    else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
        base = 2, p += 2;
    else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
        base = 8, p += 2;
    else if (p[0] == '0' && p[1])
        base = 8, p += 1;
    for (; *p; p++)
        if (*p != '_')
            *d++ = *p;
    ConstValue *v = new_const(CONST_INT);
    if (d == digits || mpz_set_str(v->i, digits, base) != 0)
        mpz_set_ui(v->i, 0);
    return v;
}

int64_t const_int64(const ConstValue *c) {
    if (mpz_fits_slong_p(c->i))
        return mpz_get_si(c->i);
    // A uint64 above MaxInt64: keep the bit pattern.
    mpz_t low;
    mpz_init(low);
    mpz_fdiv_r_2exp(low, c->i, 64);
    uint64_t u = mpz_get_ui(low);
    mpz_clear(low);
    return (int64_t)u;
}

// const_to_int is go/constant's ToInt: v as an integer constant if it is
// integral (2.0 is 2), NULL otherwise.
ConstValue *const_to_int(ConstValue *v) {
    if (v->kind == CONST_INT)
        return v;
    if (v->kind == CONST_FLOAT)
        return float_to_int(v);
    return NULL;
}

// const_sign is -1, 0 or 1 for a numeric constant.
int const_sign(ConstValue *v) {
    return v->kind == CONST_FLOAT ? mpq_sgn(v->q) : mpz_sgn(v->i);
}

ConstValue *const_unary(Op op, ConstValue *x, Type *t) {
    if (op == OP_NOT)
        return const_bool(!x->b);
    if (op == OP_ADD)
        return x;
    if (x->kind == CONST_FLOAT)
        return float_neg(x);  // -x; ^x is not defined on floats
    ConstValue *v = new_const(CONST_INT);
    if (op == OP_SUB)
        mpz_neg(v->i, x->i);
    else {
        // Go spec: ^x is m ^ x with m all ones for unsigned x, -1 for signed.
        mpz_com(v->i, x->i);
        if (t && is_unsigned(t)) {
            mpz_fdiv_r_2exp(v->i, v->i, (mp_bitcnt_t)(underlying(t)->size * 8));
        }
    }
    return v;
}

// const_binary computes x op y for two constants of the same kind of type
// (numeric ones may mix integer and float values). Division truncates toward
// zero when int_division (the operands have an integer type) and is exact
// otherwise; the caller has rejected division by zero. It returns NULL if a
// float result is infinite.
ConstValue *const_binary(Op op, ConstValue *x, ConstValue *y, bool int_division) {
    if (x->kind == CONST_STRING) {
        char *s = arena_alloc(x->slen + y->slen + 1);
        memcpy(s, x->s, x->slen);
        memcpy(s + x->slen, y->s, y->slen);
        return const_string(s, x->slen + y->slen);
    }
    if (x->kind == CONST_BOOL)
        return const_bool(op == OP_LAND ? (x->b && y->b) : (x->b || y->b));
    if (x->kind == CONST_FLOAT || y->kind == CONST_FLOAT || (op == OP_DIV && !int_division))
        return float_binary(op, x, y);
    ConstValue *v = new_const(CONST_INT);
    switch (op) {
    case OP_ADD: mpz_add(v->i, x->i, y->i); break;
    case OP_SUB: mpz_sub(v->i, x->i, y->i); break;
    case OP_MUL: mpz_mul(v->i, x->i, y->i); break;
    case OP_DIV: mpz_tdiv_q(v->i, x->i, y->i); break;
    case OP_REM: mpz_tdiv_r(v->i, x->i, y->i); break;
    case OP_AND: mpz_and(v->i, x->i, y->i); break;
    case OP_OR: mpz_ior(v->i, x->i, y->i); break;
    case OP_XOR: mpz_xor(v->i, x->i, y->i); break;
    case OP_ANDNOT: {
        mpz_t ny;
        mpz_init(ny);
        mpz_com(ny, y->i);
        mpz_and(v->i, x->i, ny);
        mpz_clear(ny);
        break;
    }
    default: unreachable();
    }
    return v;
}

// const_shift shifts an integer constant.
ConstValue *const_shift(Op op, ConstValue *x, unsigned long count) {
    ConstValue *v = new_const(CONST_INT);
    if (op == OP_SHL)
        mpz_mul_2exp(v->i, x->i, count);
    else
        mpz_fdiv_q_2exp(v->i, x->i, count);  // arithmetic shift: rounds toward -inf
    return v;
}

bool const_compare(Op op, ConstValue *x, ConstValue *y) {
    int c;
    if (x->kind == CONST_BOOL)
        c = (int)x->b - (int)y->b;
    else if (x->kind == CONST_STRING) {
        size_t n = x->slen < y->slen ? x->slen : y->slen;
        c = memcmp(x->s, y->s, n);
        if (c == 0)
            c = (x->slen > y->slen) - (x->slen < y->slen);
    } else if (x->kind == CONST_FLOAT || y->kind == CONST_FLOAT)
        c = float_cmp(x, y);
    else
        c = mpz_cmp(x->i, y->i);
    switch (op) {
    case OP_EQ: return c == 0;
    case OP_NE: return c != 0;
    case OP_LT: return c < 0;
    case OP_LE: return c <= 0;
    case OP_GT: return c > 0;
    case OP_GE: return c >= 0;
    default: unreachable();
    }
}

// int_range sets lo and hi to the bounds of integer type t.
static void int_range(Type *t, mpz_t lo, mpz_t hi) {
    int bits = (int)underlying(t)->size * 8;
    if (is_unsigned(t)) {
        mpz_set_ui(lo, 0);
        mpz_ui_pow_ui(hi, 2, (unsigned long)bits);
        mpz_sub_ui(hi, hi, 1);
    } else {
        mpz_ui_pow_ui(hi, 2, (unsigned long)bits - 1);
        mpz_neg(lo, hi);
        mpz_sub_ui(hi, hi, 1);
    }
}

// const_representable implements Go spec "Representability" (types2
// representableConst): whether v is representable by a value of type t.
// *rounded (if not NULL) receives v's representation in t: for an integer
// type v as an integer, set whenever v is integral even if it does not fit
// (as types2 does; its conversion messages show that value); for a float
// type v rounded to float32 or float64.
bool const_representable(ConstValue *v, Type *t, ConstValue **rounded) {
    Type *u = underlying(t);
    if (is_integer(u)) {
        ConstValue *i = const_to_int(v);
        if (!i)
            return false;
        if (rounded)
            *rounded = i;
        if (u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE)
            return true;
        mpz_t lo, hi;
        mpz_inits(lo, hi, NULL);
        int_range(u, lo, hi);
        bool ok = mpz_cmp(i->i, lo) >= 0 && mpz_cmp(i->i, hi) <= 0;
        mpz_clears(lo, hi, NULL);
        return ok;
    }
    if (is_float(u)) {
        if (v->kind != CONST_INT && v->kind != CONST_FLOAT)
            return false;
        ConstValue *f = u->kind == TY_UNTYPED_FLOAT ? v : float_round(v, u->size);
        if (f && rounded)
            *rounded = f;
        return f != NULL;
    }
    if (is_string(u))
        return v->kind == CONST_STRING;
    if (is_boolean(u))
        return v->kind == CONST_BOOL;
    return false;
}

// const_string_repr writes a constant as types2 does in messages: integers in
// decimal, floats with six digits (float.c), strings quoted with Go escapes.
const char *const_string_repr(ConstValue *v) {
    if (v->kind == CONST_BOOL)
        return v->b ? "true" : "false";
    if (v->kind == CONST_FLOAT)
        return float_string(v);
    if (v->kind == CONST_INT) {
        char *s = mpz_get_str(NULL, 10, v->i);
        const char *r = arena_strdup(s);
        free(s);
        return r;
    }
    Buf b = {0};
    buf_putc(&b, '"');
    for (size_t i = 0; i < v->slen; i++) {
        unsigned char ch = (unsigned char)v->s[i];
        switch (ch) {
        case '"': buf_puts(&b, "\\\""); break;
        case '\\': buf_puts(&b, "\\\\"); break;
        case '\n': buf_puts(&b, "\\n"); break;
        case '\t': buf_puts(&b, "\\t"); break;
        default:
            if (ch < 0x20 || ch == 0x7f)
                buf_printf(&b, "\\x%02x", ch);
            else
                buf_putc(&b, (char)ch);
        }
    }
    buf_putc(&b, '"');
    return buf_cstr(&b);
}
