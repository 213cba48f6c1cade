// devirt.c: indirect calls whose target is known become direct calls (= gc's
// devirtualize pass, and what its SSA rules do for static closures).
//
// An interface call loads its code from the itab, a func value call from the
// funcval; when the itab or funcval is a read-only symbol the code pointer is
// a relocation mgc wrote itself:
//     tab  = &go.itab.main.Rect,main.Shape          fv   = &main.f·f
//     code = load [tab + 24]                        code = load [fv]
//     call code(data, ...)                          call code(...) with r10 = fv
// becomes
//     call main.(*Rect).Area(data, ...)             call main.f(...)
// which the inliner can then replace with the body. A funcval made by a
// function literal with captures is a fresh object whose first word is stored
// once, right after its allocation; its code is that stored symbol.
//
// The IR is not in SSA form yet, so a register is followed only when it has
// a single definition in the function.
#include "internal.h"

#include <string.h>

static void add_def(Defs *d, VReg v, IrInstr *in) {
    if (v) {
        d->count[v]++;
        d->def[v] = in;
    }
}

// grow_defs makes room for the registers a splice added since d was built.
// They stay unknown (no definition): the copies they belong to are only looked
// into by the next round of inline_calls, which indexes the function afresh.
static Defs *grow_defs(Defs *d, int nvregs) {
    int *count = arena_alloc(sizeof(int) * (size_t)(nvregs + 1));
    IrInstr **def = arena_alloc(sizeof(IrInstr *) * (size_t)(nvregs + 1));
    memcpy(count, d->count, sizeof(int) * (size_t)(d->nvregs + 1));
    memcpy(def, d->def, sizeof(IrInstr *) * (size_t)(d->nvregs + 1));
    d->count = count, d->def = def, d->nvregs = nvregs;
    return d;
}

Defs *inl_defs(IrFunc *f, Defs *old) {
    if (old)
        return old->nvregs == f->nvregs ? old : grow_defs(old, f->nvregs);
    Defs *d = NEW(Defs);
    d->nvregs = f->nvregs;
    d->count = arena_alloc(sizeof(int) * (size_t)(f->nvregs + 1));
    d->def = arena_alloc(sizeof(IrInstr *) * (size_t)(f->nvregs + 1));
    for (int i = 0; i < f->nparams; i++)
        d->count[f->params[i]]++;
    if (f->context)
        d->count[f->context]++;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            add_def(d, in->dst, in);
            for (int r = 0; r < in->nresults; r++)
                add_def(d, in->results[r], in);
            if (in->op == IR_STORE)
                vec_push(&d->stores, in);
        }
    }
    return d;
}

// single_def is v's only definition, through copies, or NULL.
static IrInstr *single_def(Defs *d, VReg v) {
    for (int hops = 0; v && d->count[v] == 1 && hops < 64; hops++) {
        IrInstr *in = d->def[v];  // NULL: a parameter or the context
        if (!in || in->op != IR_MOV)
            return in;
        v = in->a;
    }
    return NULL;
}

// reloc_at is the symbol a read-only data symbol holds at offset, or NULL.
static const char *reloc_at(IrModule *m, const char *sym, int64_t offset) {
    IrData *data = ir_find_data(m, sym);
    if (!data || !data->readonly)
        return NULL;
    for (int i = 0; i < data->relocs.len; i++) {
        IrReloc *r = VEC_AT(&data->relocs, i);
        if (r->offset == offset && r->width == 8 && r->addend == 0)
            return r->sym;
    }
    return NULL;
}

// stored_code is the symbol stored at [obj + 0] of a fresh funcval object,
// when one store of a symbol's address there is all the function does to it.
static const char *stored_code(Defs *d, IrInstr *alloc) {
    const char *code = NULL;
    for (int i = 0; i < d->stores.len; i++) {
        IrInstr *st = VEC_AT(&d->stores, i);
        if (single_def(d, st->a) != alloc || st->imm != 0)
            continue;
        IrInstr *v = single_def(d, st->b);
        if (code || !v || v->op != IR_ADDR || v->imm != 0)
            return NULL;
        code = v->sym;
    }
    return code;
}

const char *inl_static_code(IrModule *m, Defs *d, VReg code) {
    IrInstr *load = single_def(d, code);
    if (!load || load->op != IR_LOAD || load->width != 8)
        return NULL;
    IrInstr *base = single_def(d, load->a);
    if (!base)
        return NULL;
    if (base->op == IR_ADDR)
        return reloc_at(m, base->sym, base->imm + load->imm);
    bool fresh = (base->op == IR_CALL && base->sym && strcmp(base->sym, "runtime.newobject") == 0) ||
                 base->op == IR_FRAME_ADDR;  // a closure on the heap, or in the frame (escape/)
    if (fresh && load->imm == 0)
        return stored_code(d, base);
    return NULL;
}
