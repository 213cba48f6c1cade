// addrmode.c: amd64's [base+index*scale+disp] for loads and stores (gc's
// LEAQ/MOVQload rules with idx8: (MOVQload [off] (ADDQ p (SHLQconst [3] i)))
// => (MOVQloadidx8 [off] p i)). Lowering computes an element's address as
// arithmetic, `p + i*8`, and loads from it; the multiply and the add are two
// instructions and a register the memory operand does not need. When every
// read of the add is the address of a load or store, each of them takes the
// base and the scaled index itself, and the add (then the multiply) is left
// for dce.c:
//
//     before                          after
//     v8 = mul v4, 8                  (v8, v9 dead)
//     v9 = add v1, v8
//     v10 = load.s64 [v9+0]           v10 = load.s64 [v1+v4*8+0]
//
// The scale is what the index is multiplied (or shifted) by, if 1, 2, 4 or 8;
// any other sum of two registers is an index of scale 1. Runs late, after the
// passes that reason about a load's address as one value (storeload.c,
// deadstore.c, nilcheck.c).
#include "internal.h"

typedef struct AddrMode {
    IrFunc *f;
    SsaInfo *si;
    int *address_uses;  // per vreg: reads as the address of a load or store
} AddrMode;

static bool constant(AddrMode *am, VReg v, int64_t *c) {
    IrInstr *d = def_of(am->si, v);
    if (!d || d->op != IR_CONST)
        return false;
    *c = d->imm;
    return true;
}

// scaled: v is i*scale (mul by 1, 2, 4, 8, or shl by 0..3).
static bool scaled(AddrMode *am, VReg v, VReg *i, int *scale) {
    IrInstr *d = def_of(am->si, v);
    int64_t c;
    if (!d)
        return false;
    if (d->op == IR_MUL) {
        VReg other = constant(am, d->b, &c) ? d->a : constant(am, d->a, &c) ? d->b : 0;
        if (other && (c == 1 || c == 2 || c == 4 || c == 8)) {
            *i = other;
            *scale = (int)c;
            return true;
        }
    }
    if (d->op == IR_SHL && constant(am, d->b, &c) && c >= 0 && c <= 3) {
        *i = d->a;
        *scale = 1 << c;
        return true;
    }
    return false;
}

// fold gives a load or store whose address is such an add its base and index.
static void fold(AddrMode *am, IrInstr *in) {
    IrInstr *sum = def_of(am->si, in->a);
    if (!sum || sum->op != IR_ADD || am->address_uses[sum->dst] != am->si->uses[sum->dst])
        return;
    int64_t c;
    if (constant(am, sum->a, &c) || constant(am, sum->b, &c))
        return;   // p + const: sccp.c folds it into the displacement
    VReg i;
    int scale;
    if (scaled(am, sum->b, &i, &scale)) {
        in->a = sum->a;
    } else if (scaled(am, sum->a, &i, &scale)) {
        in->a = sum->b;
    } else {
        in->a = sum->a;
        i = sum->b;
        scale = 1;
    }
    in->idx = i;
    in->scale = scale;
}

void opt_addrmode(IrFunc *f) {
    AddrMode am = {f, ssa_info(f), NULL};
    am.address_uses = arena_alloc(sizeof(int) * (size_t)(f->nvregs + 1));
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if ((in->op == IR_LOAD || in->op == IR_STORE) && in->a)
                am.address_uses[in->a]++;
        }
    }
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if ((in->op == IR_LOAD || in->op == IR_STORE) && !in->idx)
                fold(&am, in);
        }
    }
}
