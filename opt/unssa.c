// unssa.c: leaving SSA form. A phi means "on the edge from preds[i], copy
// args[i] into dst"; this pass makes those copies real at the end of each
// predecessor. An edge from a block with two successors to a block with
// phis (a critical edge) first gets a block of its own, so the copies run
// only on that edge (else a value still live on the other path would be
// overwritten: the lost-copy problem). The copies of one edge happen all at
// once, so they are ordered, and a cycle among them is broken with a
// temporary (the swap problem: `a, b = b, a` in a loop).
//
//     before                               after
//     b1: v8 = phi [b0: v1, b2: v9]        b1: branch v3, b2, b3
//         v9 = phi [b0: v2, b2: v8]        b2: ...
//         branch v3, b2, b3                    v20 = mov v8
//     b2: ... jmp b1                           v8 = mov v9
//                                              v9 = mov v20
//                                              jmp b1
//
// Last, the registers are renumbered densely (the back end gives each one a
// stack slot until it has a register allocator).
#include "internal.h"

#include <string.h>

static IrBlock *split_edge(IrFunc *f, IrBlock *from, IrBlock *to) {
    IrBlock *e = ir_new_block(f, "edge");
    ir_append(e, IR_JMP)->target = to;
    IrInstr *t = block_terminator(from);
    if (t->target == to)
        t->target = e;
    if (t->target2 == to)
        t->target2 = e;
    return e;
}

static void split_critical_edges(IrFunc *f, Cfg *g) {
    int n = g->n;
    for (int i = 0; i < n; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        if (b->instrs.len == 0 || ((IrInstr *)VEC_AT(&b->instrs, 0))->op != IR_PHI)
            continue;
        BlockInfo *bi = &g->bi[i];
        for (int k = 0; k < bi->npred; k++)
            if (g->bi[bi->pred[k]->id].nsucc > 1)
                bi->pred[k] = split_edge(f, bi->pred[k], b);   // phis share pred[]
    }
}

// ParCopy: the copies of one edge, dst[i] = src[i] all at once.
typedef struct ParCopy {
    IrFunc *f;
    int nv;             // readers[] and pending_dst[] cover registers 1..nv
    int n;
    VReg *dst, *src;
    bool *done;
    int *readers;       // per register: pending copies that read it
    int *pending_dst;   // per register: index+1 of the pending copy writing it
    Vec out;            // IrInstr*: the sequential copies
} ParCopy;

static void emit_copy(ParCopy *pc, VReg dst, VReg src) {
    IrInstr *in = NEW(IrInstr);
    in->op = IR_MOV;
    in->dst = dst;
    in->a = src;
    vec_push(&pc->out, in);
}

// sequentialize emits copies whose destination nobody still needs first;
// when only cycles remain, it saves one destination in a temporary, which
// frees that copy and so the rest of its cycle.
static void sequentialize(ParCopy *pc) {
    int *ready = arena_alloc(sizeof(int) * (size_t)(pc->n + 1));
    int nready = 0, left = pc->n, scan = 0;
    for (int i = 0; i < pc->n; i++)
        if (pc->readers[pc->dst[i]] == 0)
            ready[nready++] = i;
    while (left > 0) {
        while (nready > 0) {
            int i = ready[--nready];
            emit_copy(pc, pc->dst[i], pc->src[i]);
            pc->done[i] = true;
            left--;
            VReg s = pc->src[i];
            if (s <= pc->nv && --pc->readers[s] == 0 && pc->pending_dst[s] &&
                !pc->done[pc->pending_dst[s] - 1])
                ready[nready++] = pc->pending_dst[s] - 1;
        }
        if (left == 0)
            break;
        while (pc->done[scan])
            scan++;
        VReg d = pc->dst[scan];
        VReg t = ir_new_vreg(pc->f, pc->f->classes[d]);
        emit_copy(pc, t, d);
        for (int j = 0; j < pc->n; j++)
            if (!pc->done[j] && pc->src[j] == d)
                pc->src[j] = t;
        pc->readers[d] = 0;
        ready[nready++] = scan;
    }
}

// edge_copies returns the sequential copies for the phis of b on its k-th
// incoming edge.
static Vec edge_copies(IrFunc *f, int nv, IrBlock *b, int k, int *readers, int *pending_dst) {
    ParCopy pc = {.f = f, .nv = nv};
    pc.dst = arena_alloc(sizeof(VReg) * (size_t)(b->instrs.len + 1));
    pc.src = arena_alloc(sizeof(VReg) * (size_t)(b->instrs.len + 1));
    pc.done = arena_alloc(sizeof(bool) * (size_t)(b->instrs.len + 1));
    pc.readers = readers;
    pc.pending_dst = pending_dst;
    for (int j = 0; j < b->instrs.len; j++) {
        IrInstr *phi = VEC_AT(&b->instrs, j);
        if (phi->op != IR_PHI)
            break;
        if (phi->dst == phi->args[k])
            continue;
        pc.dst[pc.n] = phi->dst;
        pc.src[pc.n] = phi->args[k];
        pc.n++;
    }
    for (int i = 0; i < pc.n; i++) {
        readers[pc.src[i]]++;
        pending_dst[pc.dst[i]] = i + 1;
    }
    sequentialize(&pc);
    for (int i = 0; i < pc.n; i++)
        pending_dst[pc.dst[i]] = 0;
    for (int i = 0; i < pc.n; i++)   // sources of cycles were zeroed, others ran down
        readers[pc.src[i] <= nv ? pc.src[i] : 0] = 0;
    return pc.out;
}

// insert_before_terminator puts copies at the end of p, before its jmp.
static void insert_before_terminator(IrBlock *p, Vec *copies) {
    IrInstr *t = VEC_LAST(&p->instrs);
    p->instrs.len--;
    vec_append(&p->instrs, copies);
    vec_push(&p->instrs, t);
}

static void remove_phis(IrFunc *f) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (in->op == IR_PHI)
                delete_instr(in);
        }
    }
    remove_deleted(f);
}

static void phis_to_copies(IrFunc *f, Cfg *g) {
    int nv = f->nvregs;
    int *readers = arena_alloc(sizeof(int) * (size_t)(nv + 1));
    int *pending_dst = arena_alloc(sizeof(int) * (size_t)(nv + 1));
    for (int i = 0; i < g->n; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        if (b->instrs.len == 0 || ((IrInstr *)VEC_AT(&b->instrs, 0))->op != IR_PHI)
            continue;
        BlockInfo *bi = &g->bi[i];
        for (int k = 0; k < bi->npred; k++) {
            Vec copies = edge_copies(f, nv, b, k, readers, pending_dst);
            insert_before_terminator(bi->pred[k], &copies);
        }
    }
    remove_phis(f);
}

// ---- Dense register numbers --------------------------------------------------------

static VReg renumber(IrFunc *f, VReg *map, RegClass *classes, int *next, VReg v) {
    if (!v)
        return 0;
    if (!map[v]) {
        map[v] = ++*next;
        classes[map[v]] = f->classes[v];
    }
    return map[v];
}

// compact_vregs renumbers the registers still in use 1, 2, 3, ... in order of
// appearance (parameters first).
static void compact_vregs(IrFunc *f) {
    VReg *map = arena_alloc(sizeof(VReg) * (size_t)(f->nvregs + 1));
    RegClass *classes = arena_alloc(sizeof(RegClass) * (size_t)(2 * f->nvregs + 4));  // room to grow
    int next = 0;
    for (int i = 0; i < f->nparams; i++)
        f->params[i] = renumber(f, map, classes, &next, f->params[i]);
    f->context = renumber(f, map, classes, &next, f->context);
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int u = 0; u < instr_nuses(in); u++)
                *instr_use(in, u) = renumber(f, map, classes, &next, *instr_use(in, u));
            for (int d = 0; d < instr_ndefs(in); d++)
                *instr_def(in, d) = renumber(f, map, classes, &next, *instr_def(in, d));
        }
    }
    f->nvregs = next;
    f->classes = classes;
}

void opt_unssa(IrFunc *f) {
    Cfg *g = cfg_build(f);
    split_critical_edges(f, g);
    phis_to_copies(f, g);
    compact_vregs(f);
}
