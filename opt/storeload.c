// storeload.c: store-to-load forwarding (gc's rewrite rule
// (Load p (Store p x)) => x, and its load CSE). A load that reads exactly
// what an earlier store in the block, or in a chain of single-predecessor
// blocks before it, wrote there (same place, same width) is that stored
// value; a second load of the same place reads what the first one did. A
// place is a frame slot and offset (frameaddr + offset), or a pointer value
// and offset ([p+24]).
//
// What a store may overwrite decides what is forgotten:
//   - a store to a slot whose address stays in this function (it is only
//     the base of loads and stores) changes that slot and nothing else;
//   - a store through a pointer may change any place reached through
//     another pointer, and any slot whose address escapes (passed to a
//     call, stored, offset by arithmetic); through the same pointer, only
//     the bytes it overlaps;
//   - a store to an escaped slot may change what any pointer reaches;
//   - a call may change everything but the slots that do not escape.
//
//     before                          after
//     v3 = frameaddr slot0+0          v3 = frameaddr slot0+0
//     store [v3+8], v2                store [v3+8], v2
//     v5 = load.s64 [v3+8]            v5 = mov v2
//     v6 = load.s32 [v3+8]            v6 = ext.s32 v2    (the low 4 bytes, as the load reads them)
//     store [v1+24], v5               store [v1+24], v5
//     store [v1+32], v6               store [v1+32], v6   (does not overlap [v1+24])
//     v7 = load.s64 [v1+24]           v7 = mov v5
#include "internal.h"

#include <string.h>

enum { MAX_KNOWN = 32 };   // facts kept per block: bounds the work per instruction

// Place: where a load or store goes: a frame slot (base 0), or the memory a
// pointer value reaches (slot -1).
typedef struct Place {
    int slot;
    VReg base;
    int64_t off;
    int width;
} Place;

typedef struct Fact {
    Place at;
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

// place_of: where a load or store reaches.
static Place place_of(StoreLoad *sl, const IrInstr *in) {
    IrInstr *d = def_of(sl->si, in->a);
    if (d && d->op == IR_FRAME_ADDR)
        return (Place){d->slot, 0, d->imm + in->imm, in->width};
    return (Place){-1, in->a, in->imm, in->width};
}

static bool same_base(const Place *a, const Place *b) {
    return a->slot >= 0 ? a->slot == b->slot : b->slot < 0 && a->base == b->base;
}

static bool overlap(const Place *a, const Place *b) {
    return same_base(a, b) && a->off < b->off + b->width && b->off < a->off + a->width;
}

// clobbered: the fact may no longer hold after a store to w (NULL: a call).
static bool clobbered(StoreLoad *sl, const Fact *f, const Place *w) {
    const Place *p = &f->at;
    bool escaped_slot = p->slot >= 0 && sl->escaped[p->slot];
    if (!w)
        return p->slot < 0 || escaped_slot;
    if (w->slot >= 0 && !sl->escaped[w->slot])
        return overlap(p, w);
    if (w->slot >= 0)   // an escaped slot: what pointers reach, and itself
        return p->slot < 0 || overlap(p, w);
    // Through a pointer: other pointers and escaped slots, or the same bytes.
    return escaped_slot || (p->slot < 0 && (p->base != w->base || overlap(p, w)));
}

static void forget(StoreLoad *sl, State *st, const Place *w) {
    int kept = 0;
    for (int i = 0; i < st->n; i++)
        if (!clobbered(sl, &st->facts[i], w))
            st->facts[kept++] = st->facts[i];
    st->n = kept;
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
    if (f->at.width != in->width || want != have)
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
    Place at = place_of(sl, in);
    for (int i = st->n - 1; i >= 0; i--) {
        Fact *f = &st->facts[i];
        if (same_base(&f->at, &at) && f->at.off == at.off && forward(sl, in, f))
            return;
    }
    learn(st, (Fact){at, in->dst, true, in->sign});
}

static void visit_store(StoreLoad *sl, State *st, IrInstr *in) {
    Place at = place_of(sl, in);
    forget(sl, st, &at);
    learn(st, (Fact){at, in->b, false, false});
}

static void visit_block(StoreLoad *sl, State *st, IrBlock *b) {
    for (int k = 0; k < b->instrs.len; k++) {
        IrInstr *in = VEC_AT(&b->instrs, k);
        if (in->op == IR_LOAD)
            visit_load(sl, st, in);
        else if (in->op == IR_STORE)
            visit_store(sl, st, in);
        else if (in->op == IR_CALL || in->op == IR_CALL_IND)
            forget(sl, st, NULL);
    }
}

void opt_storeload(IrFunc *f) {
    StoreLoad *sl = NEW(StoreLoad);
    sl->f = f;
    Cfg *g = cfg_build(f);
    sl->si = ssa_info(f);
    sl->escaped = slots_escaped(f, sl->si);
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
