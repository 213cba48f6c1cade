// shortcircuit.c: a branch on `x && y` or `x || y` jumps straight to where
// its value sends it (= gc's shortcircuit pass). Lowering computes the value
// of `&&` in a block of its own, a phi of what each side decided, and the
// `if` branches on that phi:
//
//     before                                  after
//     b0: v8 = cmp.ge.s v4, 0                 b0: v8 = cmp.ge.s v4, 0
//         branch v8, b3.and.rhs, b4.and.done      branch v8, b3.and.rhs, b2.if.done
//     b3: v13 = cmp.le.s v4, v2               b3: v13 = cmp.le.s v4, v2
//         jmp b4.and.done                         branch v13, b1.if.then, b2.if.done
//     b4: v38 = phi [b0: v8, b3: v13]         (b4 is gone)
//         branch v38, b1.if.then, b2.if.done
//
// For each way into the phi's block B, the phi's value is known there when
// it is a constant, or the condition of the branch that took that way (false
// on its false side, true on its true side): that way goes to B's target for
// the value instead. A block that jumps to B with any other value branches on
// it itself. Only a block B holding nothing but the phi (read by the branch
// alone) and its branch is short-circuited. The phis of the targets get, for
// each new way in, the value they had from B, which is defined above B and so
// above every block that came through it.
//
// Besides two jumps and a phi less, each condition now guards its target
// directly, so prove.c sees `i <= len(s)` as the test before s[i:].
#include "internal.h"

#include <string.h>

// lone_phi_branch: B is its phi, annotations and `branch phi, T, F`; the
// phi, or NULL.
static IrInstr *lone_phi_branch(SsaInfo *s, IrBlock *b) {
    IrInstr *phi = NULL, *t = block_terminator(b);
    if (!t || t->op != IR_BRANCH)
        return NULL;
    for (int k = 0; k < b->instrs.len - 1; k++) {
        IrInstr *in = VEC_AT(&b->instrs, k);
        if (in->op == IR_STMT || in->op == IR_COMMENT)
            continue;
        if (in->op != IR_PHI || phi)
            return NULL;
        phi = in;
    }
    if (!phi || t->a != phi->dst || s->uses[phi->dst] != 1 || t->target == b || t->target2 == b)
        return NULL;
    return phi;
}

static bool is_pred(const Cfg *g, const IrBlock *b, const IrBlock *q) {
    return cfg_pred_index(g, b, q) >= 0;
}

// arg_from: the value phi receives from pred.
static VReg arg_from(const IrInstr *phi, const IrBlock *pred) {
    for (int k = 0; k < phi->nargs; k++)
        if (phi->preds[k] == pred)
            return phi->args[k];
    return 0;
}

// add_way gives every phi of t an operand for the new predecessor q: the
// one it had from b.
static void add_way(IrBlock *t, IrBlock *b, IrBlock *q) {
    for (int k = 0; k < t->instrs.len; k++) {
        IrInstr *phi = VEC_AT(&t->instrs, k);
        if (phi->op != IR_PHI)
            continue;
        VReg *args = arena_alloc(sizeof(VReg) * (size_t)(phi->nargs + 1));
        IrBlock **preds = arena_alloc(sizeof(IrBlock *) * (size_t)(phi->nargs + 1));
        memcpy(args, phi->args, sizeof(VReg) * (size_t)phi->nargs);
        memcpy(preds, phi->preds, sizeof(IrBlock *) * (size_t)phi->nargs);
        args[phi->nargs] = arg_from(phi, b);
        preds[phi->nargs] = q;
        phi->args = args;
        phi->preds = preds;
        phi->nargs++;
    }
}

// known_value: the phi's value on the way from q into b, if q's branch or a
// constant says it: 1 or 0, else -1.
static int known_value(SsaInfo *s, IrBlock *q, IrBlock *b, VReg v) {
    IrInstr *d = def_of(s, v), *t = block_terminator(q);
    if (d && d->op == IR_CONST)
        return d->imm != 0;
    if (t && t->op == IR_BRANCH && t->a == v && t->target != t->target2)
        return t->target == b;
    return -1;
}

// reroute sends each way into b where it leads; true if it changed any.
static bool reroute(Cfg *g, SsaInfo *s, IrBlock *b, IrInstr *phi) {
    IrInstr *br = block_terminator(b);
    IrBlock *then = br->target, *els = br->target2;
    bool changed = false;
    for (int k = 0; k < phi->nargs; k++) {
        IrBlock *q = phi->preds[k];
        VReg v = phi->args[k];
        IrInstr *t = block_terminator(q);
        int known = known_value(s, q, b, v);
        if (known >= 0) {
            IrBlock *to = known ? then : els;
            if (is_pred(g, to, q) || !t || (t->op != IR_JMP && t->op != IR_BRANCH))
                continue;   // q reaches `to` already: its phis could disagree
            add_way(to, b, q);
            if (t->target == b)
                t->target = to;
            else
                t->target2 = to;
            changed = true;
        } else if (t && t->op == IR_JMP && g->f->classes[v] == CLASS_INT) {
            add_way(then, b, q);
            add_way(els, b, q);
            *t = (IrInstr){.op = IR_BRANCH, .a = v, .target = then, .target2 = els,
                           .inl = t->inl, .pos = t->pos};
            changed = true;
        }
    }
    return changed;
}

// touches: b, its ways in and its targets, which a reroute of b changes.
static bool touches(const Cfg *g, IrBlock *b, const bool *touched) {
    IrInstr *br = block_terminator(b);
    if (touched[b->id] || touched[br->target->id] || touched[br->target2->id])
        return true;
    for (int k = 0; k < g->bi[b->id].npred; k++)
        if (touched[g->bi[b->id].pred[k]->id])
            return true;
    return false;
}

static void mark(const Cfg *g, IrBlock *b, bool *touched) {
    IrInstr *br = block_terminator(b);
    touched[b->id] = touched[br->target->id] = touched[br->target2->id] = true;
    for (int k = 0; k < g->bi[b->id].npred; k++)
        touched[g->bi[b->id].pred[k]->id] = true;
}

// one_round reroutes the ways into every block it can whose neighbours no
// reroute of this round changed (the graph it reads is then still true for
// them); true if it did any.
static bool one_round(IrFunc *f) {
    Cfg *g = cfg_build(f);
    SsaInfo *s = ssa_info(f);
    bool *touched = arena_alloc(sizeof(bool) * (size_t)(g->n + 1));
    bool changed = false;
    for (int i = 1; i < g->n; i++) {
        IrBlock *b = g->rpo[i];
        IrInstr *phi = lone_phi_branch(s, b);
        if (!phi || touches(g, b, touched) || !reroute(g, s, b, phi))
            continue;
        mark(g, b, touched);
        changed = true;
    }
    return changed;
}

void opt_shortcircuit(IrFunc *f) {
    // A changed graph is looked at again, fresh. Each reroute moves a way
    // past one block; the bound stops a cycle of such blocks (a loop that
    // only branches) from moving ways around it forever.
    for (int budget = 4 * f->blocks.len + 16; budget > 0 && one_round(f); budget--)
        ;
    cfg_build(f);   // phis lose the ways that no longer come in
}
