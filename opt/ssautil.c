// ssautil.c: operands, definitions and uses, shared by the passes of opt/.
//
//     v9 = add v7, v8      uses: v7, v8      def: v9
//     v3, v4 = call runtime.f(v1)            uses: v1   defs: v3, v4
#include "internal.h"

#include <string.h>

int instr_nuses(const IrInstr *in) { return 3 + in->nargs + (in->mem ? 2 : 0); }

VReg *instr_use(IrInstr *in, int i) {
    if (i == 0)
        return &in->a;
    if (i == 1)
        return &in->b;
    if (i == 2)
        return &in->idx;
    if (i - 3 < in->nargs)
        return &in->args[i - 3];
    return i - 3 == in->nargs ? &in->mem->a : &in->mem->idx;
}

int instr_ndefs(const IrInstr *in) {
    if (in->op == IR_CALL || in->op == IR_CALL_IND)
        return in->nresults;
    return in->dst ? 1 : 0;
}

VReg *instr_def(IrInstr *in, int i) {
    if (in->op == IR_CALL || in->op == IR_CALL_IND)
        return &in->results[i];
    return &in->dst;
}

// instr_is_pure: the instruction computes its dst from its operands and
// nothing else can tell it ran. DIV and REM qualify: lowering guarantees a
// nonzero divisor and the signed -1 case does not trap.
bool instr_is_pure(const IrInstr *in) {
    switch (in->op) {
    case IR_CONST: case IR_FCONST: case IR_ADDR: case IR_FRAME_ADDR: case IR_MOV:
    case IR_PHI:
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_REM:
    case IR_AND: case IR_OR: case IR_XOR: case IR_SHL: case IR_SHR: case IR_SAR:
    case IR_NEG: case IR_NOT: case IR_EXT: case IR_CMP: case IR_FCMP:
    case IR_FADD: case IR_FSUB: case IR_FMUL: case IR_FDIV: case IR_FNEG: case IR_FSQRT:
    case IR_ITOF: case IR_FTOI: case IR_FTOF:
        return true;
    default:
        return false;
    }
}

bool is_nilcheck(const IrInstr *in, const int *uses) {
    return in->op == IR_LOAD && in->width == 1 && uses[in->dst] == 0;
}

SsaInfo *ssa_info(IrFunc *f) {
    SsaInfo *s = NEW(SsaInfo);
    s->defs = arena_alloc(sizeof(Def) * (size_t)(f->nvregs + 1));
    s->uses = arena_alloc(sizeof(int) * (size_t)(f->nvregs + 1));
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int u = 0; u < instr_nuses(in); u++)
                if (*instr_use(in, u))
                    s->uses[*instr_use(in, u)]++;
            for (int d = 0; d < instr_ndefs(in); d++)
                s->defs[*instr_def(in, d)] = (Def){in, b, k};
        }
    }
    return s;
}

IrInstr *def_of(const SsaInfo *s, VReg v) { return v ? s->defs[v].in : NULL; }

int frame_slot(const SsaInfo *s, VReg v) {
    IrInstr *d = def_of(s, v);
    return d && d->op == IR_FRAME_ADDR ? d->slot : -1;
}

bool *slots_escaped(IrFunc *f, const SsaInfo *s) {
    bool *escaped = arena_alloc(sizeof(bool) * (size_t)(f->slots.len + 1));
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int u = 0; u < instr_nuses(in); u++) {
                int slot = frame_slot(s, *instr_use(in, u));
                bool base = u == 0 && (in->op == IR_LOAD || in->op == IR_STORE);
                if (slot >= 0 && !base)
                    escaped[slot] = true;
            }
        }
    }
    return escaped;
}

VReg resolve(VReg *repl, VReg v) {
    VReg r = v;
    while (repl[r])
        r = repl[r];
    // Shorten the chain for the next lookup.
    while (repl[v] && repl[v] != r) {
        VReg next = repl[v];
        repl[v] = r;
        v = next;
    }
    return r;
}

void replace_uses(IrFunc *f, VReg *repl) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int u = 0; u < instr_nuses(in); u++) {
                VReg *p = instr_use(in, u);
                if (*p)
                    *p = resolve(repl, *p);
            }
        }
    }
}

static const char deleted[] = "(deleted)";

void delete_instr(IrInstr *in) {
    in->op = IR_COMMENT;
    in->text = deleted;
    in->dst = in->a = in->b = 0;
    in->nargs = in->nresults = 0;
}

bool is_deleted(const IrInstr *in) { return in->op == IR_COMMENT && in->text == deleted; }

void remove_deleted(IrFunc *f) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        int kept = 0;
        for (int k = 0; k < b->instrs.len; k++)
            if (!is_deleted(VEC_AT(&b->instrs, k)))
                b->instrs.items[kept++] = VEC_AT(&b->instrs, k);
        b->instrs.len = kept;
    }
}

void phis_first(IrFunc *f) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        int nphi = 0;
        for (int k = 0; k < b->instrs.len; k++)
            if (((IrInstr *)VEC_AT(&b->instrs, k))->op == IR_PHI)
                nphi++;
        if (nphi == 0)
            continue;
        void **items = arena_alloc(sizeof(void *) * (size_t)b->instrs.len);
        int p = 0, o = nphi;
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            items[in->op == IR_PHI ? p++ : o++] = in;
        }
        memcpy(b->instrs.items, items, sizeof(void *) * (size_t)b->instrs.len);
    }
}
