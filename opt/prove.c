// prove.c: bounds checks that cannot fail (= the part of gc's prove pass that
// removes IsInBounds checks).
//
// Lowering checks an index with one unsigned compare (codegen/bounds.c):
//     v = cmp.lt.u i, len ; branch v, index.ok, index.fail
// and a slice bound with `lo <=u hi` (codegen/slice.c). A check cannot fail
// where a dominating branch already established it:
//   - the same compare (the same index checked again), or `i <u n` for
//     `i <=u n`;
//   - `i <s n` or, for `i <=u n`, `i <=s n` (a loop condition `i < len(s)`,
//     `range s`'s `i < n`, a test `i <= len(s)` before `s[i:]`) with i known
//     to be non-negative;
// and i is non-negative when it is a constant >= 0, a zero-extended or masked
// value, a loop counter (a phi whose other inputs are non-negative and
// whose increment is i+1 under some `i <s x`, so it cannot wrap), or a value
// a dominating test `i >= 0` established.
// The check's branch then becomes a jump to index.ok; dce and branch drop the
// panic block. A fact holds in block D when D is the true successor of the
// branch and that branch's block is D's only predecessor; it then holds in
// every block D dominates.
//
//     for i := 0; i < len(s); i++ { t += s[i] }     // the check of s[i] goes
#include "internal.h"

// holds_in says whether the condition c (a cmp) is known true in block b:
// some dominator of b (b included) is entered only through the true edge of a
// branch on c.
static bool holds_in(Cfg *g, IrBlock *b, bool (*same)(const IrInstr *, const IrInstr *),
                     const IrInstr *c, SsaInfo *s) {
    for (IrBlock *d = b; d != VEC_AT(&g->f->blocks, 0); d = g->bi[d->id].idom) {
        BlockInfo *di = &g->bi[d->id];
        if (di->npred != 1)
            continue;
        IrBlock *p = di->pred[0];
        IrInstr *t = block_terminator(p);
        if (!t || t->op != IR_BRANCH || t->target != d || t->target2 == d)
            continue;
        IrInstr *cond = def_of(s, t->a);
        if (cond && cond->op == IR_CMP && same(cond, c))
            return true;
    }
    return false;
}

// The facts a check `a <u b` or `a <=u b` can use: the same unsigned
// compare (or `a <u b` for `a <=u b`), or the signed one.
static bool implies(const IrInstr *fact, const IrInstr *c, bool sign) {
    bool cond = fact->cond == c->cond || (fact->cond == COND_LT && c->cond == COND_LE);
    return cond && fact->sign == sign && fact->a == c->a && fact->b == c->b;
}

static bool same_unsigned(const IrInstr *fact, const IrInstr *c) { return implies(fact, c, false); }

static bool same_signed(const IrInstr *fact, const IrInstr *c) { return implies(fact, c, true); }

static bool bounded_above(const IrInstr *fact, const IrInstr *c) {
    return fact->cond == COND_LT && fact->sign && fact->a == c->a;
}

static bool nonneg(Cfg *g, SsaInfo *s, VReg v, VReg loop_phi);

// is_increment says whether in is `phi + 1` computed where `phi <s x` holds,
// so the sum cannot wrap.
static bool is_increment(Cfg *g, SsaInfo *s, IrInstr *in, VReg phi) {
    if (!in || in->op != IR_ADD || in->a != phi)
        return false;
    IrInstr *one = def_of(s, in->b);
    if (!one || one->op != IR_CONST || one->imm != 1)
        return false;
    IrInstr probe = {.op = IR_CMP, .cond = COND_LT, .sign = true, .a = phi};
    return holds_in(g, s->defs[in->dst].block, bounded_above, &probe, s);
}

// nonneg says whether v is known to be >= 0 as a signed word. loop_phi is the
// loop counter being judged (its own increment counts as non-negative).
static bool nonneg(Cfg *g, SsaInfo *s, VReg v, VReg loop_phi) {
    IrInstr *in = def_of(s, v);
    if (!in)
        return false;
    switch (in->op) {
    case IR_CONST:
        return in->imm >= 0;
    case IR_EXT:
        return !in->sign;
    case IR_AND: {
        IrInstr *mask = def_of(s, in->b);
        return mask && mask->op == IR_CONST && mask->imm >= 0;
    }
    case IR_PHI:
        if (loop_phi)
            return false;  // one loop counter at a time
        for (int i = 0; i < in->nargs; i++) {
            VReg x = in->args[i];
            if (!is_increment(g, s, def_of(s, x), v) && !nonneg(g, s, x, v))
                return false;
        }
        return true;
    default:
        return false;
    }
}

// at_least_zero: the fact is `x >=s 0` for the compare's x (a test
// `i >= 0`).
static SsaInfo *zero_facts;   // the function's SsaInfo, for at_least_zero

static bool at_least_zero(const IrInstr *fact, const IrInstr *c) {
    IrInstr *zero = def_of(zero_facts, fact->b);
    return fact->cond == COND_GE && fact->sign && fact->a == c->a && zero &&
           zero->op == IR_CONST && zero->imm == 0;
}

// provably_in_bounds says whether the unsigned compare c (<u or <=u) in block
// b is true.
static bool provably_in_bounds(Cfg *g, SsaInfo *s, IrBlock *b, IrInstr *c) {
    if (holds_in(g, b, same_unsigned, c, s))
        return true;
    if (!holds_in(g, b, same_signed, c, s))
        return false;
    zero_facts = s;
    IrInstr probe = {.op = IR_CMP, .a = c->a};
    return nonneg(g, s, c->a, 0) || holds_in(g, b, at_least_zero, &probe, s);
}

void opt_prove(IrFunc *f) {
    Cfg *g = cfg_build(f);
    SsaInfo *s = ssa_info(f);
    for (int i = 0; i < g->n; i++) {
        IrBlock *b = g->rpo[i];
        IrInstr *t = block_terminator(b);
        if (!t || t->op != IR_BRANCH)
            continue;
        IrInstr *c = def_of(s, t->a);
        if (!c || c->op != IR_CMP || (c->cond != COND_LT && c->cond != COND_LE) || c->sign)
            continue;
        if (!provably_in_bounds(g, s, b, c))
            continue;
        t->op = IR_JMP;  // the fail edge is gone; the next cfg_build fixes phis
        t->a = 0;
        t->target2 = NULL;
    }
}
