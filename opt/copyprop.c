// copyprop.c: copy propagation. In SSA form `v10 = mov v9` means v10 is v9
// everywhere, so every read of v10 reads v9 instead and the mov goes. A phi
// whose operands are all one value (or the phi itself, around a loop that
// never changes the variable) is that value too.
//
//     before                          after
//     v10 = mov v9                    v12 = add v9, v9
//     v11 = mov v10
//     v12 = add v10, v11
//     b3: v20 = phi [b1: v9, b2: v20]     (reads of v20 read v9)
#include "internal.h"

// trivial_phi_value: the one value a phi's operands agree on, or 0.
static VReg trivial_phi_value(IrInstr *phi, VReg *repl) {
    VReg same = 0;
    for (int k = 0; k < phi->nargs; k++) {
        VReg v = resolve(repl, phi->args[k]);
        if (v == phi->dst || v == same)
            continue;
        if (same)
            return 0;
        same = v;
    }
    return same;
}

// find_copies fills repl[] with what each mov and trivial phi stands for,
// and deletes them: their reads are rewritten next.
static void find_copies(IrFunc *f, VReg *repl) {
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < f->blocks.len; i++) {
            IrBlock *b = VEC_AT(&f->blocks, i);
            for (int k = 0; k < b->instrs.len; k++) {
                IrInstr *in = VEC_AT(&b->instrs, k);
                VReg v = 0;
                if (in->op == IR_MOV)
                    v = in->a;
                else if (in->op == IR_PHI)
                    v = trivial_phi_value(in, repl);
                if (!v || resolve(repl, v) == in->dst)
                    continue;
                repl[in->dst] = v;
                delete_instr(in);
                changed = true;
            }
        }
    }
}

void opt_copyprop(IrFunc *f) {
    VReg *repl = arena_alloc(sizeof(VReg) * (size_t)(f->nvregs + 1));
    find_copies(f, repl);
    replace_uses(f, repl);
    remove_deleted(f);
}
