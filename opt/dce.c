// dce.c: dead code elimination. An instruction stays if it has an effect
// (a store, a call, control flow, an annotation, or a load: a load may fault,
// and a faulting nil check is the effect it exists for) or if a staying
// instruction reads its result; everything else goes. Marking from the
// effects (not counting uses) also removes dead cycles, such as a loop
// variable's phi and increment when nothing reads the variable.
//
//     before                          after
//     v5 = const 8                    v7 = load.s64 [v1+0]
//     v6 = add v1, v5                 ret v7
//     v7 = load.s64 [v1+0]
//     ret v7
//
// A frame slot no frameaddr names any more (a temporary whose loads and
// stores storeload.c and deadstore.c removed) leaves the frame too; the
// others are renumbered in order.
#include "internal.h"

// mark_live marks the definitions every root reads, transitively.
static void mark_live(IrFunc *f, SsaInfo *s, bool *live) {
    VReg *work = arena_alloc(sizeof(VReg) * (size_t)(f->nvregs + 1));
    int n = 0;
    bool *pushed = arena_alloc(sizeof(bool) * (size_t)(f->nvregs + 1));
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (instr_is_pure(in))
                continue;
            for (int u = 0; u < instr_nuses(in); u++) {
                VReg v = *instr_use(in, u);
                if (v && !pushed[v]) {
                    pushed[v] = true;
                    work[n++] = v;
                }
            }
        }
    }
    while (n > 0) {
        IrInstr *d = def_of(s, work[--n]);
        if (!d || !instr_is_pure(d))
            continue;
        live[work[n]] = true;
        for (int u = 0; u < instr_nuses(d); u++) {
            VReg v = *instr_use(d, u);
            if (v && !pushed[v]) {
                pushed[v] = true;
                work[n++] = v;
            }
        }
    }
}

// drop_slots removes the slots nothing addresses.
static void drop_slots(IrFunc *f) {
    int *renumber = arena_alloc(sizeof(int) * (size_t)(f->slots.len + 1));
    for (int i = 0; i < f->slots.len; i++)
        renumber[i] = -1;
    Vec frameaddrs = {0};
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (in->op == IR_FRAME_ADDR) {
                renumber[in->slot] = 0;
                vec_push(&frameaddrs, in);
            }
        }
    }
    int kept = 0;
    for (int i = 0; i < f->slots.len; i++)
        if (renumber[i] == 0) {
            renumber[i] = kept;
            f->slots.items[kept++] = f->slots.items[i];
        }
    f->slots.len = kept;
    for (int i = 0; i < frameaddrs.len; i++) {
        IrInstr *in = VEC_AT(&frameaddrs, i);
        in->slot = renumber[in->slot];
    }
}

void opt_dce(IrFunc *f) {
    SsaInfo *s = ssa_info(f);
    bool *live = arena_alloc(sizeof(bool) * (size_t)(f->nvregs + 1));
    mark_live(f, s, live);
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (instr_is_pure(in) && !live[in->dst])
                delete_instr(in);
        }
    }
    remove_deleted(f);
    drop_slots(f);
}
