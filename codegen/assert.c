// assert.c: type assertions x.(T) (Go spec: Type assertions; = gc's
// walk/expr.go walkDotType and ssagen's dottype1; GO119-INTERNALS.md §5.1).
//
// x is an interface value {typeword, data}: the typeword is &type.D (D, the
// dynamic type) when x's static type X is empty, else the itab of (D, X).
//     x.(T), T concrete       typeword == &type.T (X empty) or == &go.itab.T,X:
//                             one pointer compare, no call; failure calls
//                             panicdottypeE / panicdottypeI
//     x.(I), I non-empty      tab = assertE2I(&type.I, x._type) / assertI2I(&type.I, x.tab)
//     x.(any)                 a nil check; failure calls panicnildottype
//     v, ok := x.(T)          the same compare; v is the zero T when !ok
//     v, ok := x.(I)          r = assertE2I2 / assertI2I2(&type.I, x) ; ok = r.tab != nil
// The comparison against a static itab works because the runtime registers
// every static itab before main.main (itab.c, runtime/iface.c itabsinit), so
// an X holding a T always carries the symbol go.itab.T,X.
#include "lower.h"

static Value one(VReg r) { return (Value){1, {r}}; }

// want_symbol names what the typeword is compared with, for the notes.
static const char *want_symbol(Type *x, Type *t) {
    if (is_empty_interface(x))
        return arena_printf("type.%s", type_link_string(t));
    return arena_printf("go.itab.%s,%s", type_link_string(t), type_link_string(x));
}

// gen_asserted_word is the typeword of an X holding a T: &type.T, or
// &go.itab.T,X (type switches compare with it too, typeswitch.c).
VReg gen_asserted_word(Gen *g, Type *x, Type *t) {
    if (is_empty_interface(x))
        return gen_type_addr(g, t);
    return emit_addr(g, itab_symbol(g, t, x), 0);  // itab.c
}

// fresh_like gives registers of v's classes, where two branches leave a value.
static Value fresh_like(Gen *g, Value v) {
    Value r = {v.n, {0}};
    for (int k = 0; k < v.n; k++)
        r.w[k] = ir_new_vreg(g->f, g->f->classes[v.w[k]]);
    return r;
}

// ---- To a concrete type ------------------------------------------------------------------

// gen_panicdottype reports the failed x.(T) (runtime/iface.c):
//     panicdottypeE(have = x._type, want = &type.T, iface = &type.X)
//     panicdottypeI(have = x.tab, ...)                       (a non-empty X)
static void gen_panicdottype(Gen *g, Type *x, Type *t, VReg have) {
    Value args[3] = {one(have), one(gen_type_addr(g, t)), one(gen_type_addr(g, x))};
    int words[3] = {1, 1, 1};
    const char *fn = is_empty_interface(x) ? "runtime.panicdottypeE" : "runtime.panicdottypeI";
    emit_noreturn_call(g, fn, runtime_sig(3, words, 0), args, 3);
}

// gen_assert_concrete lowers x.(T) for a concrete T:
//     if typeword != want { panicdottypeE/I(typeword, &type.T, &type.X) }
//     v = ifaceData(x)      (the data word itself if T is pointer-shaped, else *(*T)data)
static Value gen_assert_concrete(Gen *g, Type *x, Type *t, Value v) {
    lower_note(g, "x.(%s): compare the %s with %s (gc: CMPQ + %s)", type_string(t),
                         is_empty_interface(x) ? "type word" : "itab", want_symbol(x, t),
                         is_empty_interface(x) ? "panicdottypeE" : "panicdottypeI");
    IrBlock *ok = new_block(g, "assert.ok");
    IrBlock *fail = new_block(g, "assert.fail");
    emit_branch(g, emit_cmp(g, COND_EQ, v.w[0], gen_asserted_word(g, x, t), false), ok, fail);
    g->b = fail;
    gen_panicdottype(g, x, t, v.w[0]);
    g->b = ok;
    return gen_dynamic_value(g, t, v.w[1]);  // iface_compare.c
}

// gen_assert_concrete_ok lowers v, ok := x.(T) for a concrete T, with no call:
//     ok = typeword == want
//     v = ok ? ifaceData(x) : zero(T)
static Value gen_assert_concrete_ok(Gen *g, Type *x, Type *t, Value v, VReg *ok) {
    lower_note(g, "v, ok := x.(%s): ok = (%s == %s), no call; v = zero if !ok", type_string(t),
                         is_empty_interface(x) ? "type word" : "itab", want_symbol(x, t));
    *ok = emit_cmp(g, COND_EQ, v.w[0], gen_asserted_word(g, x, t), false);
    IrBlock *yes = new_block(g, "assert.ok");
    IrBlock *no = new_block(g, "assert.no");
    IrBlock *done = new_block(g, "assert.done");
    emit_branch(g, *ok, yes, no);
    g->b = yes;
    Value got = gen_dynamic_value(g, t, v.w[1]);
    Value r = fresh_like(g, got);
    move_value(g, r, got);
    emit_jmp(g, done);
    g->b = no;
    move_value(g, r, gen_zero_value(g, t));
    start_block(g, done);
    return r;
}

// ---- To an interface type ----------------------------------------------------------------

// gen_assert_any lowers x.(E) for an empty interface E: only a nil x fails.
//     if typeword == nil { panicnildottype(&type.E) }
//     v = x            (from a non-empty X: {tab._type, data})
static Value gen_assert_any(Gen *g, Type *x, Type *t, Value v) {
    lower_note(g, "x.(any): only a nil x fails (gc: TESTQ + panicnildottype)");
    IrBlock *ok = new_block(g, "assert.ok");
    IrBlock *fail = new_block(g, "assert.fail");
    emit_branch(g, emit_cmp(g, COND_NE, v.w[0], emit_const(g, 0), false), ok, fail);
    g->b = fail;
    Value want = one(gen_type_addr(g, t));
    int words[1] = {1};
    emit_noreturn_call(g, "runtime.panicnildottype", runtime_sig(1, words, 0), &want, 1);
    g->b = ok;
    if (is_empty_interface(x))
        return v;
    return (Value){2, {gen_load(g, ty_uintptr, gen_offset(g, v.w[0], 8)).w[0], v.w[1]}};  // tab._type
}

// gen_assert_iface lowers x.(I) for a non-empty I; the runtime finds (or
// builds) the itab, or panics ("interface conversion: ..."):
//     tab = assertE2I(&type.I, x._type)   or   assertI2I(&type.I, x.tab)
//     v = {tab, x.data}
static Value gen_assert_iface(Gen *g, Type *x, Type *t, Value v) {
    bool e = is_empty_interface(x);
    lower_note(g, "x.(%s): the runtime finds the itab (gc: CALL %s)", type_string(t),
                         e ? "runtime.assertE2I" : "runtime.assertI2I");
    Value args[2] = {one(gen_type_addr(g, t)), one(v.w[0])};
    int words[2] = {1, 1};
    const char *fn = e ? "runtime.assertE2I" : "runtime.assertI2I";
    VReg tab = emit_call(g, fn, runtime_sig(2, words, 1), args, 2, 1).w[0];
    return (Value){2, {tab, v.w[1]}};
}

// gen_assert_iface_ok lowers v, ok := x.(I):
//     I empty:      v = x (as an any) ; ok = typeword != nil
//     I non-empty:  v = assertE2I2(&type.I, x) or assertI2I2(&type.I, x) ; ok = v.tab != nil
static Value gen_assert_iface_ok(Gen *g, Type *x, Type *t, Value v, VReg *ok) {
    if (is_empty_interface(t)) {
        lower_note(g, "v, ok := x.(any): ok = x != nil");
        *ok = emit_cmp(g, COND_NE, v.w[0], emit_const(g, 0), false);
        return is_empty_interface(x) ? v : gen_iface_to_eface(g, v);
    }
    bool e = is_empty_interface(x);
    lower_note(g, "v, ok := x.(%s): ok = the itab is not nil (gc: CALL %s)", type_string(t),
                         e ? "runtime.assertE2I2" : "runtime.assertI2I2");
    Value args[2] = {one(gen_type_addr(g, t)), v};
    int words[2] = {1, 2};
    const char *fn = e ? "runtime.assertE2I2" : "runtime.assertI2I2";
    Value r = emit_call(g, fn, runtime_sig(2, words, 2), args, 2, 2);
    *ok = emit_cmp(g, COND_NE, r.w[0], emit_const(g, 0), false);
    return r;
}

// ---- Entry points ------------------------------------------------------------------------

// gen_assert_value asserts that v, of interface type x, holds a t; with ok
// set it is the comma-ok form (*ok receives the bool), else a failure panics.
// Type switches (typeswitch.c) assert their interface cases through it.
Value gen_assert_value(Gen *g, Type *x, Type *t, Value v, VReg *ok) {
    if (ok)
        return is_interface(t) ? gen_assert_iface_ok(g, x, t, v, ok) : gen_assert_concrete_ok(g, x, t, v, ok);
    if (!is_interface(t))
        return gen_assert_concrete(g, x, t, v);
    return is_empty_interface(t) ? gen_assert_any(g, x, t, v) : gen_assert_iface(g, x, t, v);
}

// gen_assert lowers x.(T) used as a single value (EXPR_TYPE_ASSERT).
Value gen_assert(Gen *g, Node *e) {
    Value v = gen_expr(g, e->lhs);
    return gen_assert_value(g, e->lhs->ty, e->ty, v, NULL);
}

// gen_assert_ok lowers `v, ok = x.(T)` into vals[0] (the value, or T's zero
// value) and vals[1] (ok).
void gen_assert_ok(Gen *g, Node *e, Value *vals) {
    Value v = gen_expr(g, e->lhs);
    VReg ok = 0;
    vals[0] = gen_assert_value(g, e->lhs->ty, e->ty, v, &ok);
    vals[1] = one(ok);
}
