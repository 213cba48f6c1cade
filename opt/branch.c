// branch.c: branch simplification and block layout, on the final (phi-free)
// code. Jumps to blocks that only jump are threaded to their final target,
// a branch whose two targets agree becomes a jump, a block that jumps to a
// block nothing else reaches absorbs it. Then the blocks are laid out so
// each falls through to its likely successor (a branch's first target: the
// "then" side, the bounds-check "ok" side), with the blocks that end in a
// call that never returns (panicIndex, panicdottypeE, ...) moved to the end
// of the function. The entry stays block 0.
//
//     before                          after
//     b0: branch v3, b1, b2           b0: branch v3, b1, b3
//     b1: jmp b4                      b1: v7 = load.s64 [v5+0]
//     b2: jmp b3                          ret v7
//     b3: call panicIndex  noreturn   b3: call panicIndex  noreturn
//     b4: v7 = load.s64 [v5+0]
//         ret v7
#include "internal.h"

static bool only_jumps(const IrBlock *b) {
    return b->instrs.len == 1 && ((IrInstr *)VEC_AT(&b->instrs, 0))->op == IR_JMP;
}

// final_target follows blocks that only jump (at most n steps: a loop of
// empty blocks has no end).
static IrBlock *final_target(IrBlock *t, int n) {
    for (int steps = 0; only_jumps(t) && steps < n; steps++) {
        IrBlock *next = ((IrInstr *)VEC_AT(&t->instrs, 0))->target;
        if (next == t)
            break;
        t = next;
    }
    return t;
}

static void thread_jumps(IrFunc *f) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrInstr *t = block_terminator(VEC_AT(&f->blocks, i));
        if (!t || (t->op != IR_JMP && t->op != IR_BRANCH))
            continue;
        t->target = final_target(t->target, f->blocks.len);
        if (t->op == IR_BRANCH)
            t->target2 = final_target(t->target2, f->blocks.len);
        if (t->op == IR_BRANCH && t->target == t->target2) {
            t->op = IR_JMP;
            t->a = 0;
            t->target2 = NULL;
        }
    }
}

// merge_chains appends to a block ending in `jmp C` the block C when it is
// C's only way in.
static void merge_chains(IrFunc *f) {
    Cfg *g = cfg_build(f);
    int *npred = arena_alloc(sizeof(int) * (size_t)g->n);
    for (int i = 0; i < g->n; i++)
        npred[i] = g->bi[i].npred;
    IrBlock *entry = VEC_AT(&f->blocks, 0);
    for (int i = 0; i < g->n; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (;;) {
            IrInstr *t = block_terminator(b);
            if (!t || t->op != IR_JMP)
                break;
            IrBlock *c = t->target;
            if (c == b || c == entry || npred[c->id] != 1)
                break;
            b->instrs.len--;
            vec_append(&b->instrs, &c->instrs);
            c->instrs.len = 0;
            npred[c->id] = 0;
        }
    }
    cfg_build(f);   // the emptied blocks are unreachable now
}

static bool is_cold(const IrBlock *b) {
    IrInstr *t = block_terminator(b);
    return t && (t->op == IR_CALL || t->op == IR_CALL_IND) && t->noreturn;
}

// likely_next: the successor to fall through to, if it is still unplaced.
static IrBlock *likely_next(IrBlock *b, const bool *placed) {
    IrBlock *s[2];
    int n = block_succs(b, s);
    for (int k = 0; k < n; k++)
        if (!placed[s[k]->id] && !is_cold(s[k]))
            return s[k];
    return NULL;
}

// layout orders the blocks as chains of likely successors, in the original
// order of their heads, then the cold blocks.
static void layout(IrFunc *f) {
    int n = f->blocks.len, len = 0;
    bool *placed = arena_alloc(sizeof(bool) * (size_t)n);
    void **order = arena_alloc(sizeof(void *) * (size_t)n);
    for (int i = 0; i < n; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        if (placed[i] || (is_cold(b) && i != 0))
            continue;
        for (; b; b = likely_next(b, placed)) {
            placed[b->id] = true;
            order[len++] = b;
        }
    }
    for (int i = 0; i < n; i++)
        if (!placed[i])
            order[len++] = VEC_AT(&f->blocks, i);
    for (int i = 0; i < n; i++) {
        f->blocks.items[i] = order[i];
        ((IrBlock *)order[i])->id = i;
    }
}

void opt_branch(IrFunc *f) {
    thread_jumps(f);
    merge_chains(f);
    layout(f);
}
