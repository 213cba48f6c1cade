// regalloc.c: where each virtual register lives for the whole function.
//
// A greedy allocator over the exact live ranges of liveness.c (no splitting):
//
//   vregs by spill weight, heaviest first (each use or def counts 8^loop depth)
//     try: the register of a `mov` partner or of the first operand of a
//          two-address op (add, fmul, ...), the ABI register of a parameter
//          or argument, then caller-saved before callee-saved
//     take the first register that no vreg already holds at any of v's positions
//     none free: v is spilled to its own stack slot (frame.c)
//
// Caller-saved registers count as held at every call's clobber position, so a
// value live across a call lands in rbx, r12-r15 or its slot.
//
// Copies coalesce: v may share a register with a vreg o live at the same time
// when both hold the same value wherever they meet (same_value): v's only
// definition is `v = mov o` (or a chain of such copies) and o is not written
// while v is live. Then `v = mov o` needs no instruction at all. Before that:
//   - a vreg whose one definition is an IR_CONST fitting in 32 bits is an
//     immediate at every use and needs no place at all;
//   - a compare read only by the branch right after it is fused with it
//     (branch.c) and needs no place either.
//
// A function that calls runtime.deferproc uses no callee-saved register:
// recovery (runtime/defer.c) resumes it with the callee-saved registers as they
// were at deferproc, which must be its caller's.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum { CLOBBERED = -1 };   // owner of a caller-saved register at a call

static const Reg INT_ORDER[] = {RSI, RDI, R8, R9, RBX, R12, R13, R14, R15};
static const Reg FLOAT_ORDER[] = {XMM2, XMM3, XMM4, XMM5, XMM6, XMM7, XMM8,
                                  XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15};
enum { NINT_ORDER = 9, NFLOAT_ORDER = 14 };

typedef struct Hint {     // a `mov` partner of a vreg
    VReg other;
    struct Hint *next;
} Hint;

typedef struct RaState {
    const IrFunc *f;
    Liveness *lv;
    Alloc *al;
    int *defs, *uses;        // per vreg: how many times written / read
    const IrInstr **def_in;  // per vreg: its (last seen) defining instruction
    double *weight;          // per vreg: spill weight
    Hint **hints;            // per vreg: mov partners
    Reg *abi_hint;           // per vreg: an ABI register it is passed in or out of
    bool *placed;            // per vreg: an immediate or a fused compare, not allocated
    LiveRanges *def_pos;     // per vreg: the positions where it is written
    uint64_t *occ[NREGS];    // per allocatable register: positions held ...
    int *owner[NREGS];       // ... and by which vreg (the first to take it), or CLOBBERED
    bool no_callee_saved;    // the function calls runtime.deferproc
} RaState;

// ---- What the instructions say about each vreg ----------------------------------

static void add_hint(RaState *s, VReg a, VReg b) {
    Hint *h = NEW(Hint);
    h->other = b;
    h->next = s->hints[a];
    s->hints[a] = h;
}

static Reg allocatable_abi(const char *name) {
    Reg r = reg_named(name);
    return r == RSI || r == RDI || r == R8 || r == R9 || (r >= XMM2 && r <= XMM7) ? r : NO_REG;
}

static void call_hints(RaState *s, const IrInstr *in) {
    const CallLayout *l = abi_layout(in->sig);
    for (int w = 0; w < in->nargs && w < l->nargs; w++)
        if (in->args[w] && l->args[w].reg && s->abi_hint[in->args[w]] == NO_REG)
            s->abi_hint[in->args[w]] = allocatable_abi(l->args[w].reg);
    if (in->op == IR_CALL && strcmp(in->sym, "runtime.deferproc") == 0)
        s->no_callee_saved = true;
}

static void note_def(RaState *s, VReg v, int pos) {
    LiveRanges *d = &s->def_pos[v];
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 2;
        Range *r = arena_alloc(sizeof(Range) * (size_t)d->cap);
        if (d->n)
            memcpy(r, d->r, sizeof(Range) * (size_t)d->n);
        d->r = r;
    }
    d->r[d->n++] = (Range){pos, pos};
}

static void note_instr(RaState *s, const IrInstr *in, int depth, int number) {
    VReg vs[instr_operand_max(in)];
    double w = 1;
    for (int d = 0; d < depth && d < 5; d++)
        w *= 8;
    int n = instr_uses(in, vs, instr_operand_max(in));
    for (int i = 0; i < n; i++)
        s->uses[vs[i]]++, s->weight[vs[i]] += w;
    n = instr_defs(in, vs, instr_operand_max(in));
    for (int i = 0; i < n; i++)
        s->defs[vs[i]]++, s->weight[vs[i]] += w, s->def_in[vs[i]] = in,
        note_def(s, vs[i], 3 * number + 2);
    if (in->op == IR_MOV && in->a) {
        add_hint(s, in->dst, in->a);
        add_hint(s, in->a, in->dst);
    }
    if (in->op == IR_CALL || in->op == IR_CALL_IND)
        call_hints(s, in);
}

static void param_facts(RaState *s) {
    const CallLayout *l = abi_layout(s->f->sig);
    for (int w = 0; w < s->f->nparams; w++) {
        VReg v = s->f->params[w];
        if (!v)
            continue;
        s->defs[v]++;
        note_def(s, v, 2);
        if (w < l->nargs && l->args[w].reg)
            s->abi_hint[v] = allocatable_abi(l->args[w].reg);
    }
    if (s->f->context) {
        s->defs[s->f->context]++;
        note_def(s, s->f->context, 2);
    }
}

// two_address: amd64 computes the op in its first operand's register
// (`add r, b`), so dst in a's register saves the `mov r, a` before it. Not
// for a constant added or subtracted: `lea d, [a+imm]` writes any register.
static bool two_address(RaState *s, const IrInstr *in) {
    switch (in->op) {
    case IR_ADD: case IR_SUB: {
        const IrInstr *b = s->def_in[in->b];
        return !(b && s->defs[in->b] == 1 && b->op == IR_CONST && fits_imm32(b->imm));
    }
    case IR_MUL: case IR_AND: case IR_OR: case IR_XOR:
    case IR_SHL: case IR_SHR: case IR_SAR: case IR_NEG: case IR_NOT:
    case IR_FADD: case IR_FSUB: case IR_FMUL: case IR_FDIV: case IR_FNEG:
        return true;
    default:
        return false;
    }
}

static void scan(RaState *s) {
    param_facts(s);
    for (int b = 0; b < s->f->blocks.len; b++) {
        const IrBlock *blk = VEC_AT(&s->f->blocks, b);
        for (int i = 0; i < s->lv->block_len[b]; i++)
            note_instr(s, VEC_AT(&blk->instrs, i), s->lv->loop_depth[b],
                       s->lv->block_first[b] + i);
    }
    for (int b = 0; b < s->f->blocks.len; b++) {
        const IrBlock *blk = VEC_AT(&s->f->blocks, b);
        for (int i = 0; i < s->lv->block_len[b]; i++) {
            const IrInstr *in = VEC_AT(&blk->instrs, i);
            if (in->a && in->dst && two_address(s, in)) {
                add_hint(s, in->dst, in->a);
                add_hint(s, in->a, in->dst);
            }
        }
    }
}

// ---- Places that need no register ----------------------------------------------

// fuse_compares marks each IR_CMP/IR_FCMP whose result only the next
// (non-annotation) instruction reads, as the condition of an IR_BRANCH.
static void fuse_compares(RaState *s) {
    for (int b = 0; b < s->f->blocks.len; b++) {
        const IrBlock *blk = VEC_AT(&s->f->blocks, b);
        int len = s->lv->block_len[b], first = s->lv->block_first[b];
        for (int i = 0; i < len; i++) {
            const IrInstr *in = VEC_AT(&blk->instrs, i);
            if (in->op != IR_CMP && in->op != IR_FCMP)
                continue;
            int j = i + 1;
            while (j < len && (((IrInstr *)VEC_AT(&blk->instrs, j))->op == IR_STMT ||
                               ((IrInstr *)VEC_AT(&blk->instrs, j))->op == IR_COMMENT))
                j++;
            const IrInstr *br = j < len ? VEC_AT(&blk->instrs, j) : NULL;
            if (br && br->op == IR_BRANCH && br->a == in->dst && s->uses[in->dst] == 1 &&
                s->defs[in->dst] == 1) {
                s->al->fused[first + i] = true;
                s->placed[in->dst] = true;   // LOC_NONE
            }
        }
    }
}

static bool is_param(const IrFunc *f, VReg v) {
    for (int i = 0; i < f->nparams; i++)
        if (f->params[i] == v)
            return true;
    return v == f->context;
}

// fold_constants: a vreg written once, by an IR_CONST that fits an imm32.
static void fold_constants(RaState *s) {
    for (VReg v = 1; v <= s->f->nvregs; v++) {
        const IrInstr *d = s->def_in[v];
        if (s->defs[v] == 1 && d && d->op == IR_CONST && fits_imm32(d->imm) &&
            !is_param(s->f, v)) {
            s->al->locs[v] = loc_imm(d->imm);
            s->placed[v] = true;
        }
    }
}

// ---- Copies -------------------------------------------------------------------

// written_during: o is written at a position where x is live.
static bool written_during(RaState *s, VReg o, VReg x) {
    const LiveRanges *d = &s->def_pos[o], *lr = &s->lv->ranges[x];
    for (int i = 0; i < d->n; i++)
        for (int j = 0; j < lr->n; j++)
            if (d->r[i].from >= lr->r[j].from && d->r[i].from <= lr->r[j].to)
                return true;
    return false;
}

// copy_of: v = mov x1, x1 = mov x2, ... reaches o, each link written once,
// and o is never written while any vreg of the chain is live.
static bool copy_of(RaState *s, VReg v, VReg o) {
    VReg x = v;
    for (int depth = 0; depth < 8; depth++) {
        const IrInstr *d = s->def_in[x];
        if (s->defs[x] != 1 || !d || d->op != IR_MOV || written_during(s, o, x))
            return false;
        if (d->a == o)
            return true;
        x = d->a;
    }
    return false;
}

static bool same_value(RaState *s, VReg v, VReg o) { return copy_of(s, v, o) || copy_of(s, o, v); }

// ---- Register occupancy ---------------------------------------------------------

// admits: r is free for v at each of v's positions, or held there by a vreg
// with the same value.
static bool admits(RaState *s, Reg r, VReg v) {
    const LiveRanges *lr = &s->lv->ranges[v];
    const uint64_t *occ = s->occ[r];
    VReg ok = 0;
    for (int i = 0; i < lr->n; i++)
        for (int p = lr->r[i].from; p <= lr->r[i].to; p++) {
            if ((p & 63) == 0 && p + 63 <= lr->r[i].to && occ[p / 64] == 0) {
                p += 63;
                continue;
            }
            if (!((occ[p / 64] >> (p & 63)) & 1))
                continue;
            int o = s->owner[r][p];
            if (o == ok)
                continue;
            if (o == CLOBBERED || !same_value(s, v, o))
                return false;
            ok = o;
        }
    return true;
}

static void take(RaState *s, Reg r, VReg v) {
    const LiveRanges *lr = &s->lv->ranges[v];
    for (int i = 0; i < lr->n; i++)
        for (int p = lr->r[i].from; p <= lr->r[i].to; p++)
            if (!((s->occ[r][p / 64] >> (p & 63)) & 1)) {
                s->occ[r][p / 64] |= (uint64_t)1 << (p & 63);
                s->owner[r][p] = v;
            }
}

// init_occupancy: caller-saved registers are held at every call. The owner
// maps are scratch memory, freed by free_occupancy.
static void init_occupancy(RaState *s) {
    int nw = s->lv->npos / 64 + 1;
    for (int r = 0; r < NREGS; r++) {
        s->occ[r] = arena_alloc(sizeof(uint64_t) * (size_t)nw);
        s->owner[r] = calloc((size_t)s->lv->npos + 1, sizeof(int));
        if (!s->owner[r])
            fatal("out of memory");
    }
    for (int r = 0; r < NREGS; r++) {
        bool clobbered = !reg_callee_saved((Reg)r) || s->no_callee_saved;
        for (int c = 0; clobbered && c < s->lv->calls.len; c++) {
            int p = (int)(intptr_t)VEC_AT(&s->lv->calls, c);
            s->occ[r][p / 64] |= (uint64_t)1 << (p & 63);
            s->owner[r][p] = CLOBBERED;
        }
    }
}

static void free_occupancy(RaState *s) {
    for (int r = 0; r < NREGS; r++)
        free(s->owner[r]);
}

// ---- Assignment -----------------------------------------------------------------

static bool try_reg(RaState *s, VReg v, Reg r) {
    if (r == NO_REG || reg_is_float(r) != (s->f->classes[v] == CLASS_FLOAT))
        return false;
    if (reg_callee_saved(r) && s->no_callee_saved)
        return false;
    if (!admits(s, r, v))
        return false;
    take(s, r, v);
    s->al->locs[v] = loc_reg(r);
    return true;
}

static bool try_hints(RaState *s, VReg v) {
    for (Hint *h = s->hints[v]; h; h = h->next) {
        Loc o = s->al->locs[h->other];
        if (o.kind == LOC_REG && try_reg(s, v, o.reg))
            return true;
    }
    return try_reg(s, v, s->abi_hint[v]);
}

static void assign(RaState *s, VReg v) {
    if (try_hints(s, v))
        return;
    bool fl = s->f->classes[v] == CLASS_FLOAT;
    const Reg *order = fl ? FLOAT_ORDER : INT_ORDER;
    int n = fl ? NFLOAT_ORDER : NINT_ORDER;
    for (int i = 0; i < n; i++)
        if (try_reg(s, v, order[i]))
            return;
    s->al->locs[v] = loc_mem(NULL);   // spilled: frame.c gives it a slot
}

typedef struct Weighted { VReg v; double weight; } Weighted;

// heaviest_first orders by weight, then by vreg number (a stable listing).
static int heaviest_first(const void *a, const void *b) {
    const Weighted *x = a, *y = b;
    if (x->weight != y->weight)
        return x->weight < y->weight ? 1 : -1;
    return x->v - y->v;
}

static void assign_all(RaState *s) {
    Weighted *order = arena_alloc(sizeof(Weighted) * (size_t)(s->f->nvregs + 1));
    int n = 0;
    for (VReg v = 1; v <= s->f->nvregs; v++) {
        bool referenced = s->defs[v] + s->uses[v] > 0;
        if (referenced && !s->placed[v])
            order[n++] = (Weighted){v, s->weight[v]};
    }
    qsort(order, (size_t)n, sizeof(Weighted), heaviest_first);
    for (int i = 0; i < n; i++)
        assign(s, order[i].v);
}

// list_saved: the callee-saved registers any vreg got, in a fixed order.
static void list_saved(RaState *s) {
    static const Reg callee[] = {RBX, R12, R13, R14, R15};
    for (int i = 0; i < 5; i++) {
        for (VReg v = 1; v <= s->f->nvregs; v++)
            if (s->al->locs[v].kind == LOC_REG && s->al->locs[v].reg == callee[i]) {
                s->al->saved[s->al->nsaved++] = callee[i];
                break;
            }
    }
}

static RaState *new_state(const IrFunc *f) {
    RaState *s = NEW(RaState);
    size_t n = (size_t)f->nvregs + 1;
    s->f = f;
    s->lv = liveness(f);
    s->al = NEW(Alloc);
    s->al->locs = arena_alloc(sizeof(Loc) * n);
    s->al->fused = arena_alloc(sizeof(bool) * (size_t)(s->lv->ninstrs + 2));
    s->defs = arena_alloc(sizeof(int) * n);
    s->uses = arena_alloc(sizeof(int) * n);
    s->def_in = arena_alloc(sizeof(IrInstr *) * n);
    s->weight = arena_alloc(sizeof(double) * n);
    s->placed = arena_alloc(sizeof(bool) * n);
    s->def_pos = arena_alloc(sizeof(LiveRanges) * n);
    s->hints = arena_alloc(sizeof(Hint *) * n);
    s->abi_hint = arena_alloc(sizeof(Reg) * n);
    for (size_t v = 0; v < n; v++)
        s->abi_hint[v] = NO_REG;
    return s;
}

Alloc *regalloc(const IrFunc *f) {
    RaState *s = new_state(f);
    scan(s);
    fold_constants(s);
    fuse_compares(s);
    init_occupancy(s);
    assign_all(s);
    free_occupancy(s);
    list_saved(s);
    return s->al;
}

Alloc *alloc_stack(const IrFunc *f) {
    Alloc *al = NEW(Alloc);
    al->locs = arena_alloc(sizeof(Loc) * ((size_t)f->nvregs + 1));
    for (VReg v = 1; v <= f->nvregs; v++)
        al->locs[v] = loc_mem(NULL);
    return al;
}
