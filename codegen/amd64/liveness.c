// liveness.c: where each virtual register is live, as ranges of positions over
// the instructions numbered in layout order (internal.h explains positions).
//
//   live_out(b) = union of live_in(s) for each successor s of b
//   live_in(b)  = uses(b) + (live_out(b) - defs(b))     iterated to a fixed point
//
// then one backward walk per block turns the sets into exact ranges with holes:
// a vreg live across a loop's back edge is live-out of the latch and live-in at
// the header, so its ranges cover every block of the loop where it is needed.
#include "internal.h"

#include <string.h>

typedef uint64_t Word;
enum { WBITS = 64 };

typedef struct BitSet { Word *w; int nwords; } BitSet;

static BitSet bits_new(int n) {
    int nw = n / WBITS + 1;
    return (BitSet){.w = arena_alloc(sizeof(Word) * (size_t)nw), .nwords = nw};
}
static bool bits_has(BitSet s, int i) { return (s.w[i / WBITS] >> (i % WBITS)) & 1; }
static void bits_set(BitSet s, int i) { s.w[i / WBITS] |= (Word)1 << (i % WBITS); }

// ---- Operands -------------------------------------------------------------------

static int push_vreg(VReg *out, int n, int max, VReg v) {
    if (v == 0)
        return n;
    if (n >= max)
        unreachable();
    out[n] = v;
    return n + 1;
}

static int push_list(VReg *out, int n, int max, const VReg *list, int len) {
    for (int i = 0; i < len; i++)
        n = push_vreg(out, n, max, list[i]);
    return n;
}

int instr_operand_max(const IrInstr *in) { return in->nargs + in->nresults + 4; }

int instr_uses(const IrInstr *in, VReg *out, int max) {
    switch (in->op) {
    case IR_CONST: case IR_FCONST: case IR_ADDR: case IR_FRAME_ADDR:
    case IR_JMP: case IR_STMT: case IR_COMMENT:
        return 0;
    case IR_LOAD:
        return push_vreg(out, push_vreg(out, 0, max, in->a), max, in->idx);
    case IR_STORE:
        return push_vreg(out, push_vreg(out, push_vreg(out, 0, max, in->a), max, in->b), max,
                         in->idx);
    case IR_MOV: case IR_NEG: case IR_NOT: case IR_EXT: case IR_FNEG: case IR_FSQRT:
    case IR_ITOF: case IR_FTOI: case IR_FTOF: case IR_BRANCH:
        return push_vreg(out, 0, max, in->a);
    case IR_CALL:
        return push_list(out, 0, max, in->args, in->nargs);
    case IR_CALL_IND:
        return push_list(out, push_vreg(out, push_vreg(out, 0, max, in->a), max, in->b), max,
                         in->args, in->nargs);
    case IR_RET:
        return push_list(out, 0, max, in->args, in->nargs);
    default: {   // two-operand arithmetic (b, or a memory operand), compares
        int n = push_vreg(out, push_vreg(out, 0, max, in->a), max, in->b);
        if (in->mem)
            n = push_vreg(out, push_vreg(out, n, max, in->mem->a), max, in->mem->idx);
        return n;
    }
    }
}

int instr_defs(const IrInstr *in, VReg *out, int max) {
    switch (in->op) {
    case IR_STORE: case IR_JMP: case IR_BRANCH: case IR_RET: case IR_STMT: case IR_COMMENT:
        return 0;
    case IR_CALL: case IR_CALL_IND:
        return push_list(out, 0, max, in->results, in->nresults);
    default:
        return push_vreg(out, 0, max, in->dst);
    }
}

// block_emitted_len: a call that does not return ends its block; what follows
// it is never selected.
int block_emitted_len(const IrBlock *b) {
    for (int i = 0; i < b->instrs.len; i++) {
        const IrInstr *in = VEC_AT(&b->instrs, i);
        if (in->op == IR_CALL && in->noreturn)
            return i + 1;
    }
    return b->instrs.len;
}

// ---- The control-flow graph ------------------------------------------------------

typedef struct Cfg {
    int nblocks;
    int (*succ)[2];      // per block: up to two successor indices, -1 for none
} Cfg;

static int block_index(const IrFunc *f, const IrBlock *target) {
    for (int i = 0; i < f->blocks.len; i++)
        if (VEC_AT(&f->blocks, i) == target)
            return i;
    unreachable();
}

static Cfg build_cfg(const IrFunc *f, const Liveness *lv) {
    Cfg c = {.nblocks = f->blocks.len};
    c.succ = arena_alloc(sizeof(int[2]) * (size_t)(c.nblocks + 1));
    for (int i = 0; i < c.nblocks; i++) {
        const IrBlock *b = VEC_AT(&f->blocks, i);
        c.succ[i][0] = c.succ[i][1] = -1;
        if (lv->block_len[i] == 0)
            continue;
        const IrInstr *last = VEC_AT(&b->instrs, lv->block_len[i] - 1);
        if (last->op == IR_JMP)
            c.succ[i][0] = block_index(f, last->target);
        if (last->op == IR_BRANCH) {
            c.succ[i][0] = block_index(f, last->target);
            c.succ[i][1] = block_index(f, last->target2);
        }
    }
    return c;
}

// ---- Live sets ------------------------------------------------------------------

// block_sets computes what b reads before writing (gen) and what it writes (kill).
static void block_sets(const IrBlock *b, int len, BitSet gen, BitSet kill) {
    for (int i = 0; i < len; i++) {
        const IrInstr *in = VEC_AT(&b->instrs, i);
        VReg vs[instr_operand_max(in)];
        int n = instr_uses(in, vs, instr_operand_max(in));
        for (int k = 0; k < n; k++)
            if (!bits_has(kill, vs[k]))
                bits_set(gen, vs[k]);
        n = instr_defs(in, vs, instr_operand_max(in));
        for (int k = 0; k < n; k++)
            bits_set(kill, vs[k]);
    }
}

// solve iterates live_in(b) = gen(b) | (live_out(b) & ~kill(b)) backwards
// over the layout until nothing changes.
static void solve(const Cfg *c, BitSet *gen, BitSet *kill, BitSet *in, BitSet *out) {
    for (bool changed = true; changed;) {
        changed = false;
        for (int b = c->nblocks - 1; b >= 0; b--) {
            for (int k = 0; k < 2; k++) {
                int s = c->succ[b][k];
                for (int w = 0; s >= 0 && w < out[b].nwords; w++)
                    out[b].w[w] |= in[s].w[w];
            }
            for (int w = 0; w < in[b].nwords; w++) {
                Word nw = gen[b].w[w] | (out[b].w[w] & ~kill[b].w[w]);
                changed |= nw != in[b].w[w];
                in[b].w[w] = nw;
            }
        }
    }
}

// ---- Ranges ---------------------------------------------------------------------

static void add_range(LiveRanges *lr, int from, int to) {
    if (lr->n > 0 && lr->r[lr->n - 1].from == to + 1) {
        lr->r[lr->n - 1].from = from;   // extends the range found just after (backward walk)
        return;
    }
    if (lr->n == lr->cap) {
        int cap = lr->cap ? 2 * lr->cap : 4;
        Range *r = arena_alloc(sizeof(Range) * (size_t)cap);
        if (lr->n)
            memcpy(r, lr->r, sizeof(Range) * (size_t)lr->n);
        lr->r = r;
        lr->cap = cap;
    }
    lr->r[lr->n++] = (Range){from, to};
}

// block_ranges walks b backwards from its live-out set: a use opens a range
// that ends at the use (unless one is open), a def closes it at the def.
static void block_ranges(Liveness *lv, const IrBlock *b, int bi, BitSet out, int *end) {
    int first = lv->block_first[bi], len = lv->block_len[bi];
    int bstart = 3 * first, bend = 3 * (first + len) - 1;
    if (len == 0)
        return;   // no instructions, no positions
    for (int v = 1; v < out.nwords * WBITS; v++)
        end[v] = bits_has(out, v) ? bend : -1;
    for (int i = len - 1; i >= 0; i--) {
        const IrInstr *in = VEC_AT(&b->instrs, i);
        int k = first + i;
        VReg vs[instr_operand_max(in)];
        int n = instr_defs(in, vs, instr_operand_max(in));
        for (int d = 0; d < n; d++) {
            int v = vs[d];
            add_range(&lv->ranges[v], 3 * k + 2, end[v] >= 0 ? end[v] : 3 * k + 2);
            end[v] = -1;
        }
        n = instr_uses(in, vs, instr_operand_max(in));
        for (int u = 0; u < n; u++)
            if (end[vs[u]] < 0)
                end[vs[u]] = 3 * k;
    }
    for (int v = 1; v < out.nwords * WBITS; v++)
        if (end[v] >= 0)
            add_range(&lv->ranges[v], bstart, end[v]);
}

// ---- Loops ----------------------------------------------------------------------

// loop_depths: an edge from block b to a block h at or before it in the layout
// closes a loop; every block laid out from h to b is counted inside it (a
// conservative picture of the natural loop that is good enough for weights).
static void loop_depths(Liveness *lv, const Cfg *c) {
    for (int b = 0; b < c->nblocks; b++)
        for (int k = 0; k < 2; k++) {
            int h = c->succ[b][k];
            for (int x = h; h >= 0 && h <= b && x <= b; x++)
                lv->loop_depth[x]++;
        }
}

static void number_instrs(Liveness *lv, const IrFunc *f) {
    int k = 1;
    for (int i = 0; i < f->blocks.len; i++) {
        const IrBlock *b = VEC_AT(&f->blocks, i);
        lv->block_first[i] = k;
        lv->block_len[i] = block_emitted_len(b);
        for (int j = 0; j < lv->block_len[i]; j++) {
            const IrInstr *in = VEC_AT(&b->instrs, j);
            if ((in->op == IR_CALL || in->op == IR_CALL_IND) && !call_preserves_registers(in))
                vec_push(&lv->calls, (void *)(intptr_t)(3 * (k + j) + 1));
        }
        k += lv->block_len[i];
    }
    lv->ninstrs = k - 1;
    lv->npos = 3 * k + 3;
}

// param_ranges: parameters and the closure context are defined at position 2
// (the prologue); one live into the entry block already has a range from its
// start, which this joins.
static void param_ranges(Liveness *lv, const IrFunc *f) {
    for (int i = 0; i < f->nparams; i++)
        if (f->params[i])
            add_range(&lv->ranges[f->params[i]], 2, 3);
    if (f->context)
        add_range(&lv->ranges[f->context], 2, 3);
}

Liveness *liveness(const IrFunc *f) {
    Liveness *lv = NEW(Liveness);
    int nb = f->blocks.len;
    lv->ranges = arena_alloc(sizeof(LiveRanges) * (size_t)(f->nvregs + 1));
    lv->block_first = arena_alloc(sizeof(int) * (size_t)(nb + 1));
    lv->block_len = arena_alloc(sizeof(int) * (size_t)(nb + 1));
    lv->loop_depth = arena_alloc(sizeof(int) * (size_t)(nb + 1));
    number_instrs(lv, f);
    Cfg c = build_cfg(f, lv);
    BitSet *gen = arena_alloc(sizeof(BitSet) * (size_t)(4 * nb + 1));
    BitSet *kill = gen + nb, *in = kill + nb, *out = in + nb;
    for (int b = 0; b < nb; b++) {
        gen[b] = bits_new(f->nvregs + 1), kill[b] = bits_new(f->nvregs + 1);
        in[b] = bits_new(f->nvregs + 1), out[b] = bits_new(f->nvregs + 1);
        block_sets(VEC_AT(&f->blocks, b), lv->block_len[b], gen[b], kill[b]);
    }
    solve(&c, gen, kill, in, out);
    int *end = arena_alloc(sizeof(int) * (size_t)(bits_new(f->nvregs + 1).nwords * WBITS + 1));
    for (int b = nb - 1; b >= 0; b--)
        block_ranges(lv, VEC_AT(&f->blocks, b), b, out[b], end);
    param_ranges(lv, f);
    loop_depths(lv, &c);
    return lv;
}
