// storeload.c: store-to-load forwarding for frame slots. A load from a frame
// slot (frameaddr + offset) that reads exactly what an earlier store in the
// block, or in a chain of single-predecessor blocks before it, wrote there
// (same offset, same width) is that stored value; a second load of the same
// slot reads what the first one did. Knowledge of a slot is lost when it is
// overwritten in part, and, for a slot whose address escapes (it is used for
// anything but the base of a load or store: passed to a call, stored,
// offset by arithmetic), at any call or any store that is not to a known slot.
//
//     before                          after
//     v3 = frameaddr slot0+0          v3 = frameaddr slot0+0
//     store [v3+8], v2                store [v3+8], v2
//     v5 = load.s64 [v3+8]            v5 = mov v2
//     v6 = load.s32 [v3+8]            v6 = ext.s32 v2    (the low 4 bytes, as the load reads them)
#include "internal.h"

#include <string.h>

enum { MAX_KNOWN = 32 };   // facts kept per block: bounds the work per instruction

typedef struct Fact {
    int slot;
    int64_t off;
    int width;
    VReg value;
    bool loaded;        // value came from a load (of sign `sign`), not a store
    bool sign;
} Fact;

typedef struct State {
    Fact facts[MAX_KNOWN];
    int n;
} State;

typedef struct StoreLoad {
    IrFunc *f;
    SsaInfo *si;
    bool *escaped;      // per slot
} StoreLoad;

// find_escapes marks the slots whose address is used other than as the base
// of a load or store.
static void find_escapes(StoreLoad *sl) {
    IrFunc *f = sl->f;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int u = 0; u < instr_nuses(in); u++) {
                IrInstr *d = def_of(sl->si, *instr_use(in, u));
                if (!d || d->op != IR_FRAME_ADDR)
                    continue;
                bool base = u == 0 && (in->op == IR_LOAD || in->op == IR_STORE);
                if (!base)
                    sl->escaped[d->slot] = true;
            }
        }
    }
}

// slot_of: the slot and offset a load or store reaches, or false.
static bool slot_of(StoreLoad *sl, const IrInstr *in, int *slot, int64_t *off) {
    IrInstr *d = def_of(sl->si, in->a);
    if (!d || d->op != IR_FRAME_ADDR)
        return false;
    *slot = d->slot;
    *off = d->imm + in->imm;
    return true;
}

static void forget(State *st, bool (*doomed)(const Fact *, const void *), const void *arg) {
    int kept = 0;
    for (int i = 0; i < st->n; i++)
        if (!doomed(&st->facts[i], arg))
            st->facts[kept++] = st->facts[i];
    st->n = kept;
}

static bool in_escaped_slot(const Fact *f, const void *escaped) {
    return ((const bool *)escaped)[f->slot];
}

static bool overlaps(const Fact *f, const void *arg) {
    const Fact *w = arg;
    return f->slot == w->slot && f->off < w->off + w->width && w->off < f->off + f->width;
}

static void learn(State *st, Fact f) {
    if (st->n == MAX_KNOWN)
        memmove(&st->facts[0], &st->facts[1], sizeof(Fact) * (MAX_KNOWN - 1)), st->n--;
    st->facts[st->n++] = f;
}

// forward turns the load into the known value if the widths and classes
// allow it exactly; true if it did.
static bool forward(StoreLoad *sl, IrInstr *in, const Fact *f) {
    RegClass want = sl->f->classes[in->dst], have = sl->f->classes[f->value];
    if (f->width != in->width || want != have)
        return false;
    if (f->loaded) {
        if (f->sign != in->sign)
            return false;
    } else if (want == CLASS_INT && in->width < 8) {
        in->op = IR_EXT;   // the low bytes the store wrote, extended as the load does
        in->a = f->value;
        in->imm = 0;
        return true;
    }
    in->op = IR_MOV;
    in->a = f->value;
    in->imm = 0;
    return true;
}

static void visit_load(StoreLoad *sl, State *st, IrInstr *in) {
    int slot;
    int64_t off;
    if (!slot_of(sl, in, &slot, &off))
        return;
    for (int i = st->n - 1; i >= 0; i--) {
        Fact *f = &st->facts[i];
        if (f->slot == slot && f->off == off && forward(sl, in, f))
            return;
    }
    learn(st, (Fact){slot, off, in->width, in->dst, true, in->sign});
}

static void visit_store(StoreLoad *sl, State *st, IrInstr *in) {
    int slot;
    int64_t off;
    if (!slot_of(sl, in, &slot, &off)) {
        forget(st, in_escaped_slot, sl->escaped);
        return;
    }
    Fact w = {slot, off, in->width, in->b, false, false};
    forget(st, overlaps, &w);
    learn(st, w);
}

static void visit_block(StoreLoad *sl, State *st, IrBlock *b) {
    for (int k = 0; k < b->instrs.len; k++) {
        IrInstr *in = VEC_AT(&b->instrs, k);
        if (in->op == IR_LOAD)
            visit_load(sl, st, in);
        else if (in->op == IR_STORE)
            visit_store(sl, st, in);
        else if (in->op == IR_CALL || in->op == IR_CALL_IND)
            forget(st, in_escaped_slot, sl->escaped);
    }
}

void opt_storeload(IrFunc *f) {
    StoreLoad *sl = NEW(StoreLoad);
    sl->f = f;
    Cfg *g = cfg_build(f);
    sl->si = ssa_info(f);
    sl->escaped = arena_alloc(sizeof(bool) * (size_t)(f->slots.len + 1));
    find_escapes(sl);
    State *end = arena_alloc(sizeof(State) * (size_t)g->n);   // each block's facts at its end
    for (int i = 0; i < g->n; i++) {
        IrBlock *b = g->rpo[i];
        BlockInfo *bi = &g->bi[b->id];
        State st = {.n = 0};
        if (bi->npred == 1 && g->bi[bi->pred[0]->id].rpo < i)
            st = end[bi->pred[0]->id];
        visit_block(sl, &st, b);
        end[b->id] = st;
    }
}
