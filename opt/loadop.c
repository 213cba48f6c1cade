// loadop.c: a load read by one arithmetic instruction becomes that
// instruction's memory operand (= gc's amd64 rules that make ADDQload,
// ADDSDload, ...): `add r, [p+8]` instead of `mov t, [p+8]; add r, t`, one
// instruction and one register fewer.
//
//     before                              after
//     v7 = load.u64 [v1+24]               v9 = fadd v3, [v1+24]
//     v8 = load.u64 [v1+32]               v10 = fadd v4, [v1+32]
//     v9 = fadd v3, v7
//     v10 = fadd v4, v8
//
// The reader moves up into the load's place, which keeps every memory
// access where and in the order it was, on its line: so the reader's other
// operand must be computed before the load (it is pure, and in SSA form
// nothing it reads can change while it moves). The reader takes the load as
// its second operand (integer ops: add, sub, mul, and, or, xor, 8-byte
// loads; float ops: add, sub, mul, div, of the operation's width); a
// commutative op whose first operand is the load swaps its operands first.
#include "internal.h"

enum { MAX_HOIST = 32 };   // instructions a reader may move up past

typedef struct LoadOp {
    IrFunc *f;
    SsaInfo *si;
    const IrBlock *block;
} LoadOp;

static bool commutes(IrOp op) {
    return op == IR_ADD || op == IR_MUL || op == IR_AND || op == IR_OR || op == IR_XOR ||
           op == IR_FADD || op == IR_FMUL;
}

// takes_operand: user can read load as its memory operand (b, or a if it
// commutes).
static bool takes_operand(const IrFunc *f, const IrInstr *user, const IrInstr *load) {
    VReg v = load->dst;
    if (user->mem || user->a == user->b || (user->b != v && !(user->a == v && commutes(user->op))))
        return false;
    switch (user->op) {
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_AND: case IR_OR: case IR_XOR:
        return f->classes[v] == CLASS_INT && load->width == 8;
    case IR_FADD: case IR_FSUB: case IR_FMUL: case IR_FDIV:
        return f->classes[v] == CLASS_FLOAT && load->width == (user->is32 ? 4 : 8);
    default:
        return false;
    }
}

// ready_before: v is computed before index k of the block (elsewhere, in a
// block that dominates this one, or as a parameter).
static bool ready_before(LoadOp *lo, VReg v, int k) {
    Def *d = &lo->si->defs[v];
    return !d->in || d->block != lo->block || d->index < k;
}

// reader_of: the instruction after k in b that reads the load's value, if
// it can take the load as its operand in the load's place.
static int reader_of(LoadOp *lo, IrBlock *b, int k) {
    IrInstr *load = VEC_AT(&b->instrs, k);
    if (lo->si->uses[load->dst] != 1)
        return -1;
    for (int j = k + 1; j < b->instrs.len && j <= k + MAX_HOIST; j++) {
        IrInstr *in = VEC_AT(&b->instrs, j);
        for (int u = 0; u < instr_nuses(in); u++) {
            if (*instr_use(in, u) != load->dst)
                continue;
            if (!takes_operand(lo->f, in, load))
                return -1;
            VReg other = in->a == load->dst ? in->b : in->a;
            return ready_before(lo, other, k) ? j : -1;
        }
    }
    return -1;
}

// fuse puts the reader at j in the place of the load at k.
static void fuse(LoadOp *lo, IrBlock *b, int k, int j) {
    IrInstr *load = VEC_AT(&b->instrs, k), *user = VEC_AT(&b->instrs, j);
    if (user->a == load->dst) {
        user->a = user->b;
        user->b = load->dst;
    }
    // The reader keeps the load's address; the load leaves the block.
    IrInstr *mem = NEW(IrInstr);
    *mem = *load;
    mem->dst = 0;
    user->b = 0;
    user->mem = mem;
    b->instrs.items[k] = user;
    b->instrs.items[j] = load;
    delete_instr(load);
    lo->si->defs[user->dst].index = k;
}

void opt_loadop(IrFunc *f) {
    LoadOp lo = {f, ssa_info(f), NULL};
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        lo.block = b;
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            int j = in->op == IR_LOAD && !is_deleted(in) ? reader_of(&lo, b, k) : -1;
            if (j >= 0)
                fuse(&lo, b, k, j);
        }
    }
    remove_deleted(f);
}
