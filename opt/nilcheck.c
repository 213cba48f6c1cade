// nilcheck.c: nil-check elimination (= gc's nilcheckelim). Lowering guards
// each dereference with a one-byte load whose result nobody reads; it exists
// to fault on a nil pointer. The check of p goes when p cannot be nil:
//   - p is an address (addr, frameaddr) or the result of an allocation
//     (runtime.newobject, mallocgc, makeslice, growslice), or such a pointer
//     plus a constant below 4096;
//   - a check, load or store through p at an offset below 4096 dominates it
//     (had p been nil, that access would have faulted: page 0 is unmapped);
//   - the next thing in the statement that can fault or has an effect is a
//     load or store through p at an offset below 4096 (gc's nilcheckelim2:
//     it faults in the check's place).
// Any other load whose result is unused goes by the same rules.
//
//     before                          after
//     b1: v5 = load.u8 [v1+0]         b1: v5 = load.u8 [v1+0]
//         v6 = load.s64 [v1+8]            v6 = load.s64 [v1+8]
//         ...                             ...
//     b2: (dominated by b1)           b2:
//         v9 = load.u8 [v1+0]             v11 = load.s64 [v1+16]
//         v11 = load.s64 [v1+16]
#include "internal.h"

#include <string.h>

enum { MIN_ZERO_PAGE = 4096 };   // = gc's minZeroPage

typedef struct NilCheck {
    IrFunc *f;
    Cfg *g;
    SsaInfo *si;
    bool *checked;      // per register: known non-nil here (scoped by the dominator tree)
    VReg *log;          // registers checked, undone when leaving a subtree
    int nlog;
} NilCheck;

static bool allocates(const char *sym) {
    static const char *const allocators[] = {
        "runtime.newobject", "runtime.mallocgc", "runtime.makeslice", "runtime.growslice",
    };
    for (size_t i = 0; i < sizeof allocators / sizeof *allocators; i++)
        if (strcmp(sym, allocators[i]) == 0)
            return true;
    return false;
}

static bool small_offset(int64_t off) { return off >= 0 && off < MIN_ZERO_PAGE; }

// nonnil: p is an address, a fresh allocation, checked, or one of them plus
// a small constant (depth bounds the walk through additions).
static bool nonnil(NilCheck *nc, VReg p, int depth) {
    if (nc->checked[p])
        return true;
    IrInstr *d = def_of(nc->si, p);
    if (!d || depth > 8)
        return false;
    switch (d->op) {
    case IR_ADDR: case IR_FRAME_ADDR:
        return true;
    case IR_CALL:
        return d->nresults > 0 && d->results[0] == p && allocates(d->sym);
    case IR_ADD: {
        IrInstr *c = def_of(nc->si, d->b);
        return c && c->op == IR_CONST && small_offset(c->imm) && nonnil(nc, d->a, depth + 1);
    }
    default:
        return false;
    }
}

static void mark_checked(NilCheck *nc, VReg p) {
    if (nc->checked[p])
        return;
    nc->checked[p] = true;
    nc->log[nc->nlog++] = p;
}

// faults_first: the first instruction after k in b that can fault or has
// an effect, within the same statement, is a load or store through p at an
// offset below 4096 (= gc's nilcheckelim2): had p been nil, it faults in
// the check's place, on the same line.
static bool faults_first(IrBlock *b, int k, VReg p) {
    for (int j = k + 1; j < b->instrs.len; j++) {
        IrInstr *in = VEC_AT(&b->instrs, j);
        if (in->op == IR_STMT)
            return false;
        if (in->op == IR_COMMENT || instr_is_pure(in))
            continue;
        return (in->op == IR_LOAD || in->op == IR_STORE) && in->a == p && small_offset(in->imm);
    }
    return false;
}

// remove_check deletes the load at b[k], and says so in lowering's note
// before it (`mgc asm -annotate=lower` shows the notes).
static void remove_check(IrBlock *b, int k, const char *why) {
    delete_instr(VEC_AT(&b->instrs, k));
    IrInstr *note = k > 0 ? VEC_AT(&b->instrs, k - 1) : NULL;
    if (note && note->op == IR_COMMENT && note->text && strncmp(note->text, "nil check:", 10) == 0)
        note->text = why;
}

static void visit_block(NilCheck *nc, IrBlock *b) {
    for (int k = 0; k < b->instrs.len; k++) {
        IrInstr *in = VEC_AT(&b->instrs, k);
        if (in->op != IR_LOAD && in->op != IR_STORE)
            continue;
        bool unused = in->op == IR_LOAD && nc->si->uses[in->dst] == 0;
        if (unused && nonnil(nc, in->a, 0)) {
            remove_check(b, k, "nil check removed (opt/nilcheck.c): p cannot be nil here");
            continue;
        }
        if (unused && faults_first(b, k, in->a)) {
            remove_check(b, k, "nil check removed (opt/nilcheck.c): the next access through p "
                               "faults in its place");
            continue;
        }
        if (small_offset(in->imm))
            mark_checked(nc, in->a);
    }
}

static void walk(NilCheck *nc) {
    int n = nc->g->n, sp = 0;
    IrBlock **stack = arena_alloc(sizeof(IrBlock *) * (size_t)n);
    int *mark = arena_alloc(sizeof(int) * (size_t)n);
    int *next = arena_alloc(sizeof(int) * (size_t)n);
    stack[0] = VEC_AT(&nc->f->blocks, 0);
    mark[0] = 0;
    next[sp++] = 0;
    visit_block(nc, stack[0]);
    while (sp > 0) {
        BlockInfo *bi = &nc->g->bi[stack[sp - 1]->id];
        if (next[sp - 1] < bi->kids.len) {
            IrBlock *k = VEC_AT(&bi->kids, next[sp - 1]++);
            stack[sp] = k;
            mark[sp] = nc->nlog;
            next[sp++] = 0;
            visit_block(nc, k);
            continue;
        }
        sp--;
        while (nc->nlog > mark[sp])
            nc->checked[nc->log[--nc->nlog]] = false;
    }
}

void opt_nilcheck(IrFunc *f) {
    NilCheck *nc = NEW(NilCheck);
    nc->f = f;
    nc->g = cfg_build(f);
    nc->si = ssa_info(f);
    nc->checked = arena_alloc(sizeof(bool) * (size_t)(f->nvregs + 1));
    nc->log = arena_alloc(sizeof(VReg) * (size_t)(f->nvregs + 1));
    walk(nc);
    remove_deleted(f);
}
