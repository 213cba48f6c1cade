// wordclass.c: a word that is only copied takes the class of what it
// carries. Lowering copies a struct word by word through integer registers
// (codegen/memory.c gen_copy does not look at the field types), so a Vec of
// float64s built in xmm registers, copied to a temporary and read back as
// floats crosses from the float class to the integer class and back, and
// storeload.c, which forwards a store to a load only within one class,
// cannot see through it. A load of 8 bytes whose value is only stored (8
// bytes, as the stored value) may use either class: both move the bits
// unchanged. Such a load becomes a float load when the word it reads, or a
// word it is stored to, is a float elsewhere in the function: a float is
// stored there, or a float is loaded from there. A frame word is named by
// its slot and offset; the pass repeats until no load changes, so a chain of
// copies takes the class of its ends.
//
//     before                               after
//     store [slot0+0], v3       (v3 float)  store [slot0+0], v3
//     v10 = load.u64 [slot0+0]  (int)       v10 = load.u64 [slot0+0]  (float)
//     store [slot1+0], v10                  store [slot1+0], v10
//     v13 = load.u64 [slot1+0]  (float)     v13 = load.u64 [slot1+0]  (float)
//
// Then storeload.c makes v10 and v13 moves of v3, and deadstore.c drops the
// two temporaries.
#include "internal.h"

#include <string.h>

enum { MAX_SLOT_BYTES = 1024 };   // larger slots (arrays) are not followed word by word

typedef struct WordClass {
    IrFunc *f;
    SsaInfo *si;
    bool **is_float;    // per slot, per 8-byte word: a float is stored or loaded there
} WordClass;

// word: the float flag of the frame word addr+off names, or NULL when it
// is not a whole aligned word of a slot this pass follows.
static bool *word(WordClass *w, VReg addr, int64_t off) {
    IrInstr *d = def_of(w->si, addr);
    if (!d || d->op != IR_FRAME_ADDR || !w->is_float[d->slot])
        return NULL;
    IrSlot *s = VEC_AT(&w->f->slots, d->slot);
    int64_t at = d->imm + off;
    if (at < 0 || at % 8 || at + 8 > s->size)
        return NULL;
    return &w->is_float[d->slot][at / 8];
}

static bool is_copy_load(const IrFunc *f, const IrInstr *in) {
    return in->op == IR_LOAD && in->width == 8 && f->classes[in->dst] == CLASS_INT;
}

// copied_only marks, per vreg, the 8-byte integer loads whose every use is
// as the value of an 8-byte store.
static bool *copied_only(WordClass *w) {
    IrFunc *f = w->f;
    bool *copy = arena_alloc(sizeof(bool) * (size_t)(f->nvregs + 1));
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (is_copy_load(f, in))
                copy[in->dst] = true;
        }
    }
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int u = 0; u < instr_nuses(in); u++) {
                VReg v = *instr_use(in, u);
                bool stored = in->op == IR_STORE && u == 1 && in->width == 8 && in->a != v;
                if (v && !stored)
                    copy[v] = false;
            }
        }
    }
    return copy;
}

// note_floats marks the words where a float is stored or loaded.
static void note_floats(WordClass *w) {
    IrFunc *f = w->f;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            VReg value = in->op == IR_STORE ? in->b : in->op == IR_LOAD ? in->dst : 0;
            if (!value || in->width != 8 || f->classes[value] != CLASS_FLOAT)
                continue;
            bool *flag = word(w, in->a, in->imm);
            if (flag)
                *flag = true;
        }
    }
}

// touches_float: a copy load reads a float word or is stored to one.
static bool touches_float(WordClass *w, const IrInstr *load, const Vec *stores) {
    bool *src = word(w, load->a, load->imm);
    if (src && *src)
        return true;
    for (int i = 0; i < stores->len; i++) {
        const IrInstr *st = VEC_AT(stores, i);
        bool *dst = word(w, st->a, st->imm);
        if (dst && *dst)
            return true;
    }
    return false;
}

// make_float retypes a copy load and marks the words it joins.
static void make_float(WordClass *w, IrInstr *load, const Vec *stores) {
    w->f->classes[load->dst] = CLASS_FLOAT;
    bool *src = word(w, load->a, load->imm);
    if (src)
        *src = true;
    for (int i = 0; i < stores->len; i++) {
        const IrInstr *st = VEC_AT(stores, i);
        bool *dst = word(w, st->a, st->imm);
        if (dst)
            *dst = true;
    }
}

void opt_wordclass(IrFunc *f) {
    WordClass w = {f, ssa_info(f), NULL};
    w.is_float = arena_alloc(sizeof(bool *) * (size_t)(f->slots.len + 1));
    for (int i = 0; i < f->slots.len; i++) {
        IrSlot *s = VEC_AT(&f->slots, i);
        if (s->size >= 8 && s->size <= MAX_SLOT_BYTES)
            w.is_float[i] = arena_alloc(sizeof(bool) * (size_t)(s->size / 8));
    }
    bool *copy = copied_only(&w);
    // The copy loads, each with the stores of its value.
    Vec loads = {0};
    Vec *stores = arena_alloc(sizeof(Vec) * (size_t)(f->nvregs + 1));
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (is_copy_load(f, in) && copy[in->dst])
                vec_push(&loads, in);
            else if (in->op == IR_STORE && copy[in->b])
                vec_push(&stores[in->b], in);
        }
    }
    if (loads.len == 0)
        return;
    note_floats(&w);
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < loads.len; i++) {
            IrInstr *in = VEC_AT(&loads, i);
            if (f->classes[in->dst] == CLASS_INT && touches_float(&w, in, &stores[in->dst])) {
                make_float(&w, in, &stores[in->dst]);
                changed = true;
            }
        }
    }
}
