// cfg.c: the control-flow graph of a function, its reverse postorder, its
// dominator tree (Cooper, Harvey and Kennedy, "A Simple, Fast Dominance
// Algorithm": iterate idom over the reverse postorder until it settles) and
// dominance frontiers (the same paper's walk up from each join's predecessors).
//
//     b0: branch v1, b1, b2        pred(b3) = [b1, b2]   idom(b3) = b0
//     b1: jmp b3                   df(b1) = df(b2) = [b3]
//     b2: jmp b3
//     b3: ret
#include "internal.h"

#include <string.h>

IrInstr *block_terminator(const IrBlock *b) {
    return ir_block_terminated(b) ? VEC_LAST(&b->instrs) : NULL;
}

int block_succs(const IrBlock *b, IrBlock *out[2]) {
    IrInstr *t = block_terminator(b);
    if (!t)
        return 0;
    if (t->op == IR_JMP) {
        out[0] = t->target;
        return 1;
    }
    if (t->op == IR_BRANCH) {
        out[0] = t->target;
        out[1] = t->target2;
        return 2;
    }
    return 0;
}

// same_target_branches_to_jumps turns `branch v, bX, bX` into `jmp bX`, so
// no block is twice a predecessor of another (phis have one value per edge).
static void same_target_branches_to_jumps(IrFunc *f) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrInstr *t = block_terminator(VEC_AT(&f->blocks, i));
        if (t && t->op == IR_BRANCH && t->target == t->target2) {
            t->op = IR_JMP;
            t->a = 0;
            t->target2 = NULL;
        }
    }
}

// postorder lists the blocks reachable from the entry in DFS postorder,
// without recursion (functions can have many thousand blocks).
static int postorder(IrFunc *f, IrBlock **order) {
    int n = f->blocks.len, len = 0, sp = 0;
    bool *seen = arena_alloc(sizeof(bool) * (size_t)n);
    IrBlock **stack = arena_alloc(sizeof(IrBlock *) * (size_t)n);
    int *next = arena_alloc(sizeof(int) * (size_t)n);
    stack[sp++] = VEC_AT(&f->blocks, 0);
    seen[0] = true;
    while (sp > 0) {
        IrBlock *b = stack[sp - 1], *s[2];
        int ns = block_succs(b, s);
        if (next[sp - 1] < ns) {
            IrBlock *c = s[next[sp - 1]++];
            if (!seen[c->id]) {
                seen[c->id] = true;
                next[sp] = 0;
                stack[sp++] = c;
            }
            continue;
        }
        order[len++] = b;
        sp--;
    }
    return len;
}

// keep_reachable drops the blocks not in order[0..len) (marking them with
// id -1, so stale phi operands naming them are recognised) and renumbers.
static void keep_reachable(IrFunc *f, IrBlock **order, int len) {
    bool *keep = arena_alloc(sizeof(bool) * (size_t)f->blocks.len);
    for (int i = 0; i < len; i++)
        keep[order[i]->id] = true;
    int kept = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        if (keep[i])
            f->blocks.items[kept++] = b;
        else
            b->id = -1;
    }
    f->blocks.len = kept;
    for (int i = 0; i < kept; i++)
        ((IrBlock *)VEC_AT(&f->blocks, i))->id = i;
}

static void find_preds(Cfg *g) {
    for (int i = 0; i < g->n; i++) {
        IrBlock *b = VEC_AT(&g->f->blocks, i);
        BlockInfo *bi = &g->bi[i];
        bi->nsucc = block_succs(b, bi->succ);
        for (int k = 0; k < bi->nsucc; k++)
            g->bi[bi->succ[k]->id].npred++;
    }
    for (int i = 0; i < g->n; i++) {
        g->bi[i].pred = arena_alloc(sizeof(IrBlock *) * (size_t)(g->bi[i].npred + 1));
        g->bi[i].npred = 0;
    }
    for (int i = 0; i < g->n; i++) {
        BlockInfo *bi = &g->bi[i];
        for (int k = 0; k < bi->nsucc; k++) {
            BlockInfo *si = &g->bi[bi->succ[k]->id];
            bi->succ_pred[k] = si->npred;
            si->pred[si->npred++] = VEC_AT(&g->f->blocks, i);
        }
    }
}

static IrBlock *intersect(Cfg *g, IrBlock *a, IrBlock *b) {
    while (a != b) {
        while (g->bi[a->id].rpo > g->bi[b->id].rpo)
            a = g->bi[a->id].idom;
        while (g->bi[b->id].rpo > g->bi[a->id].rpo)
            b = g->bi[b->id].idom;
    }
    return a;
}

static void find_idoms(Cfg *g) {
    IrBlock *entry = g->rpo[0];
    g->bi[entry->id].idom = entry;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 1; i < g->n; i++) {
            IrBlock *b = g->rpo[i], *idom = NULL;
            BlockInfo *bi = &g->bi[b->id];
            for (int k = 0; k < bi->npred; k++) {
                IrBlock *p = bi->pred[k];
                if (g->bi[p->id].idom)
                    idom = idom ? intersect(g, p, idom) : p;
            }
            if (idom != bi->idom) {
                bi->idom = idom;
                changed = true;
            }
        }
    }
}

// number_domtree gives each block its pre/post numbers in the dominator tree.
static void number_domtree(Cfg *g) {
    for (int i = 1; i < g->n; i++) {
        IrBlock *b = g->rpo[i];
        vec_push(&g->bi[g->bi[b->id].idom->id].kids, b);
    }
    IrBlock **stack = arena_alloc(sizeof(IrBlock *) * (size_t)g->n);
    int *next = arena_alloc(sizeof(int) * (size_t)g->n);
    int sp = 0, clock = 0;
    stack[sp++] = g->rpo[0];
    g->bi[g->rpo[0]->id].pre = clock++;
    while (sp > 0) {
        BlockInfo *bi = &g->bi[stack[sp - 1]->id];
        if (next[sp - 1] < bi->kids.len) {
            IrBlock *c = VEC_AT(&bi->kids, next[sp - 1]++);
            g->bi[c->id].pre = clock++;
            next[sp] = 0;
            stack[sp++] = c;
            continue;
        }
        bi->post = clock++;
        sp--;
    }
}

// fix_phis keeps, in each phi, the operands of the block's current
// predecessors, in their order. Every predecessor must have one.
static void fix_phis(Cfg *g) {
    int *index = arena_alloc(sizeof(int) * (size_t)g->n);
    for (int i = 0; i < g->n; i++) {
        IrBlock *b = VEC_AT(&g->f->blocks, i);
        BlockInfo *bi = &g->bi[i];
        for (int k = 0; k < bi->npred; k++)
            index[bi->pred[k]->id] = k;
        for (int j = 0; j < b->instrs.len; j++) {
            IrInstr *phi = VEC_AT(&b->instrs, j);
            if (phi->op != IR_PHI)
                continue;
            VReg *args = arena_alloc(sizeof(VReg) * (size_t)(bi->npred + 1));
            for (int k = 0; k < phi->nargs; k++) {
                IrBlock *p = phi->preds[k];
                if (p->id >= 0 && index[p->id] < bi->npred && bi->pred[index[p->id]] == p)
                    args[index[p->id]] = phi->args[k];
            }
            for (int k = 0; k < bi->npred; k++)
                if (!args[k])
                    unreachable();
            phi->args = args;
            phi->nargs = bi->npred;
            phi->preds = bi->pred;
        }
    }
}

Cfg *cfg_build(IrFunc *f) {
    same_target_branches_to_jumps(f);
    IrBlock **order = arena_alloc(sizeof(IrBlock *) * (size_t)f->blocks.len);
    int len = postorder(f, order);
    keep_reachable(f, order, len);
    Cfg *g = NEW(Cfg);
    g->f = f;
    g->n = len;
    g->bi = arena_alloc(sizeof(BlockInfo) * (size_t)len);
    g->rpo = arena_alloc(sizeof(IrBlock *) * (size_t)len);
    for (int i = 0; i < len; i++) {
        g->rpo[i] = order[len - 1 - i];
        g->bi[g->rpo[i]->id].rpo = i;
    }
    find_preds(g);
    fix_phis(g);
    find_idoms(g);
    number_domtree(g);
    return g;
}

void cfg_frontiers(Cfg *g) {
    for (int i = 0; i < g->n; i++) {
        BlockInfo *bi = &g->bi[i];
        if (bi->npred < 2)
            continue;
        IrBlock *b = VEC_AT(&g->f->blocks, i);
        for (int k = 0; k < bi->npred; k++) {
            for (IrBlock *r = bi->pred[k]; r != bi->idom; r = g->bi[r->id].idom) {
                Vec *df = &g->bi[r->id].df;
                if (df->len && VEC_LAST(df) == b)
                    break;
                vec_push(df, b);
            }
        }
    }
}

bool cfg_dominates(const Cfg *g, const IrBlock *a, const IrBlock *b) {
    const BlockInfo *x = &g->bi[a->id], *y = &g->bi[b->id];
    return x->pre <= y->pre && y->post <= x->post;
}

int cfg_pred_index(const Cfg *g, const IrBlock *b, const IrBlock *pred) {
    const BlockInfo *bi = &g->bi[b->id];
    for (int k = 0; k < bi->npred; k++)
        if (bi->pred[k] == pred)
            return k;
    return -1;
}
