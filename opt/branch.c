// branch.c: branch simplification and block layout, on the final (phi-free)
// code. Jumps to blocks that only jump are threaded to their final target,
// a branch whose two targets agree becomes a jump, a block that jumps to a
// block nothing else reaches absorbs it. Then the blocks are laid out so
// each falls through to its likely successor (a branch's first target: the
// "then" side, the bounds-check "ok" side), with the blocks that end in a
// call that never returns (panicIndex, panicdottypeE, ...) moved to the end
// of the function, and each loop's test after its body. The entry stays
// block 0.
//
//     before                          after
//     b0: branch v3, b1, b2           b0: branch v3, b1, b3
//     b1: jmp b4                      b1: v7 = load.s64 [v5+0]
//     b2: jmp b3                          ret v7
//     b3: call panicIndex  noreturn   b3: call panicIndex  noreturn
//     b4: v7 = load.s64 [v5+0]
//         ret v7
#include "internal.h"

#include <string.h>

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

// latch_of: the position of the last predecessor laid out after h that
// jumps back to it, h dominating it (a loop's back edge), or -1. pos maps
// block ids to layout positions.
static int latch_of(const Cfg *g, IrBlock *head, const int *pos) {
    int latch = -1;
    BlockInfo *hi = &g->bi[head->id];
    for (int k = 0; k < hi->npred; k++) {
        IrBlock *b = hi->pred[k];
        IrInstr *t = block_terminator(b);
        if (pos[b->id] > pos[head->id] && pos[b->id] > latch && t && t->op == IR_JMP &&
            cfg_dominates(g, head, b))
            latch = pos[b->id];
    }
    return latch;
}

// line_at: the statement whose line the code at the start of block i has
// (lines follow the layout: the last statement before it), or NULL.
static IrInstr *line_at(IrFunc *f, int i) {
    IrBlock *h = VEC_AT(&f->blocks, i);
    for (int k = 0; k < h->instrs.len; k++) {
        IrInstr *in = VEC_AT(&h->instrs, k);
        if (in->op == IR_STMT)
            return NULL;   // it starts with its own
        if (in->op != IR_COMMENT)
            break;
    }
    for (int j = i - 1; j >= 0; j--) {
        IrBlock *b = VEC_AT(&f->blocks, j);
        for (int k = b->instrs.len - 1; k >= 0; k--) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (in->op == IR_STMT)
                return in;
        }
    }
    return NULL;
}

// rotate_loops moves a loop's header, the block that tests the condition
// and falls into the body, after the latch that jumps back to it (= gc's
// looprotate): each iteration then ends in the test and one conditional
// jump back, not a jump to the test and the test's jump out. The way into
// the loop jumps to the test once.
//
//     before                          after
//     b1: branch v3, b2, b4           b2: ...body...
//     b2: ...body...                  b3: v5 = add v5, 1
//     b3: v5 = add v5, 1              b1: branch v3, b2, b4
//         jmp b1                      b4: ...
//     b4: ...
static void rotate_loops(IrFunc *f) {
    Cfg *g = cfg_build(f);
    int n = f->blocks.len;
    bool *rotated = arena_alloc(sizeof(bool) * (size_t)(n + 1));
    int *pos = arena_alloc(sizeof(int) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        pos[((IrBlock *)VEC_AT(&f->blocks, i))->id] = i;
    for (int i = 1; i + 1 < n; i++) {
        IrBlock *h = VEC_AT(&f->blocks, i), *body = VEC_AT(&f->blocks, i + 1);
        IrInstr *t = block_terminator(h);
        if (rotated[h->id] || !t || t->op != IR_BRANCH || (t->target != body && t->target2 != body))
            continue;
        int latch = latch_of(g, h, pos);
        if (latch < 0)
            continue;
        rotated[h->id] = true;
        IrInstr *line = line_at(f, i);
        if (line) {   // the test keeps its line where it moves
            IrInstr *copy = NEW(IrInstr);
            *copy = *line;
            vec_push(&h->instrs, copy);
            memmove(&h->instrs.items[1], &h->instrs.items[0],
                    sizeof(void *) * (size_t)(h->instrs.len - 1));
            h->instrs.items[0] = copy;
        }
        memmove(&f->blocks.items[i], &f->blocks.items[i + 1], sizeof(void *) * (size_t)(latch - i));
        f->blocks.items[latch] = h;
        for (int j = i; j <= latch; j++)
            pos[((IrBlock *)VEC_AT(&f->blocks, j))->id] = j;
        i--;   // the body, now at i, may head a loop of its own
    }
    for (int i = 0; i < n; i++)
        ((IrBlock *)VEC_AT(&f->blocks, i))->id = i;
}

void opt_branch(IrFunc *f) {
    thread_jumps(f);
    merge_chains(f);
    layout(f);
    rotate_loops(f);
}
