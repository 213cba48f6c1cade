// deadstore.c: stores to frame slots that nothing reads. Once storeload.c
// has forwarded the loads of a struct temporary to the values stored, the
// temporary is often written and never read again (a Vec built by an
// inlined method and then taken apart into registers): every store into a
// slot whose address stays in this function (it is only the base of loads
// and stores) and that no load reads any more is dead, and so is a load of
// such a slot whose value nothing uses. Deleting them can leave another
// slot unread, so the pass repeats until nothing changes:
//
//     before                              after
//     v3 = frameaddr slot4                (v3 unused: dce drops it)
//     store [v3+0], v1
//     store [v3+8], v2
//     v5 = add v1, v2                     v5 = add v1, v2
#include "internal.h"

#include <string.h>

typedef struct Slots {
    bool *escaped;      // per slot: its address is used other than as a load/store base
    bool *read;         // per slot: a load reads it
} Slots;

static void survey(IrFunc *f, SsaInfo *si, Slots *s) {
    s->escaped = slots_escaped(f, si);
    memset(s->read, 0, sizeof(bool) * (size_t)(f->slots.len + 1));
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            int slot = in->op == IR_LOAD ? frame_slot(si, in->a) : -1;
            if (slot >= 0 && si->uses[in->dst] > 0)
                s->read[slot] = true;
        }
    }
}

// sweep deletes the dead stores and loads; true if it deleted any.
static bool sweep(IrFunc *f, SsaInfo *si, Slots *s) {
    bool changed = false;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (in->op != IR_LOAD && in->op != IR_STORE)
                continue;
            int slot = frame_slot(si, in->a);
            if (slot < 0 || s->escaped[slot])
                continue;
            bool dead = in->op == IR_STORE ? !s->read[slot] : si->uses[in->dst] == 0;
            if (!dead)
                continue;
            for (int u = 0; u < instr_nuses(in); u++)
                if (*instr_use(in, u))
                    si->uses[*instr_use(in, u)]--;
            delete_instr(in);
            changed = true;
        }
    }
    return changed;
}

void opt_deadstore(IrFunc *f) {
    SsaInfo *si = ssa_info(f);
    Slots s = {NULL, arena_alloc(sizeof(bool) * (size_t)(f->slots.len + 1))};
    do
        survey(f, si, &s);
    while (sweep(f, si, &s));
    remove_deleted(f);
}
