// ir.c: building the IR, and its readable dump (`mgc dump -phase=lower`).
#include "ir.h"

#include <string.h>

int irsig_param_words(const IrSig *sig) {
    int n = 0;
    for (int i = 0; i < sig->nparams; i++)
        n += sig->params[i].nwords;
    return n;
}

int irsig_result_words(const IrSig *sig) {
    int n = 0;
    for (int i = 0; i < sig->nresults; i++)
        n += sig->results[i].nwords;
    return n;
}

IrModule *ir_new_module(const char *source) {
    IrModule *m = NEW(IrModule);
    m->source = source;
    return m;
}

// ir_new_func creates a function whose parameter words are fresh virtual
// registers, defined on entry, and whose entry block is blocks[0].
IrFunc *ir_new_func(IrModule *m, const char *name, const IrSig *sig, Pos pos) {
    IrFunc *f = NEW(IrFunc);
    f->name = name;
    f->goname = name;
    f->sig = sig;
    f->pos = pos;
    f->is_exported = true;
    f->nparams = irsig_param_words(sig);
    f->params = arena_alloc(sizeof(VReg) * (size_t)(f->nparams + 1));
    int k = 0;
    for (int i = 0; i < sig->nparams; i++)
        for (int w = 0; w < sig->params[i].nwords; w++)
            f->params[k++] = ir_new_vreg(f, sig->params[i].classes[w]);
    ir_new_block(f, "entry");
    vec_push(&m->funcs, f);
    strmap_put(&m->func_index, name, f);
    return f;
}

IrBlock *ir_new_block(IrFunc *f, const char *label) {
    IrBlock *b = NEW(IrBlock);
    b->id = f->blocks.len;
    b->label = label;
    vec_push(&f->blocks, b);
    return b;
}

VReg ir_new_vreg(IrFunc *f, RegClass cls) {
    VReg v = ++f->nvregs;
    // Grow the class table in powers of two.
    if ((v & (v - 1)) == 0 || v == 1) {
        RegClass *classes = arena_alloc(sizeof(RegClass) * (size_t)(v * 2 + 1));
        if (f->classes)
            memcpy(classes, f->classes, sizeof(RegClass) * (size_t)v);
        f->classes = classes;
    }
    f->classes[v] = cls;
    return v;
}

int ir_new_slot(IrFunc *f, int size, int align, const char *name) {
    IrSlot *s = NEW(IrSlot);
    s->size = size;
    s->align = align;
    s->name = name;
    vec_push(&f->slots, s);
    return f->slots.len - 1;
}

IrInstr *ir_append(IrBlock *b, IrOp op) {
    IrInstr *in = NEW(IrInstr);
    in->op = op;
    vec_push(&b->instrs, in);
    return in;
}

IrData *ir_new_data(IrModule *m, const char *name, int size, int align, bool readonly) {
    IrData *d = NEW(IrData);
    d->name = name;
    d->size = size;
    d->align = align;
    d->readonly = readonly;
    vec_push(&m->data, d);
    strmap_put(&m->data_index, name, d);
    return d;
}

IrData *ir_find_data(IrModule *m, const char *name) { return strmap_get(&m->data_index, name); }

IrFunc *ir_find_func(IrModule *m, const char *name) { return strmap_get(&m->func_index, name); }

void ir_data_reloc(IrData *d, int offset, const char *sym, int64_t addend) {
    IrReloc *r = NEW(IrReloc);
    r->offset = offset;
    r->sym = sym;
    r->addend = addend;
    r->width = 8;
    vec_push(&d->relocs, r);
}

void ir_data_reloc32(IrData *d, int offset, const char *sym, int64_t addend) {
    ir_data_reloc(d, offset, sym, addend);
    ((IrReloc *)VEC_LAST(&d->relocs))->width = 4;
}

void ir_add_extern(IrModule *m, const char *sym) {
    if (strmap_get(&m->extern_index, sym))
        return;
    strmap_put(&m->extern_index, sym, (void *)sym);
    vec_push(&m->externs, (void *)sym);
}

bool ir_eval_cond(Cond c, bool sign, int64_t a, int64_t b) {
    bool lt = sign ? a < b : (uint64_t)a < (uint64_t)b;
    switch (c) {
    case COND_EQ: return a == b;
    case COND_NE: return a != b;
    case COND_LT: return lt;
    case COND_LE: return lt || a == b;
    case COND_GT: return !lt && a != b;
    case COND_GE: return !lt;
    }
    unreachable();
}

bool ir_block_terminated(const IrBlock *b) {
    if (b->instrs.len == 0)
        return false;
    const IrInstr *last = VEC_LAST(&b->instrs);
    return last->op == IR_JMP || last->op == IR_BRANCH || last->op == IR_RET ||
           ((last->op == IR_CALL || last->op == IR_CALL_IND) && last->noreturn);
}

static void mark_reachable(IrBlock *b, bool *seen) {
    if (seen[b->id])
        return;
    seen[b->id] = true;
    if (b->instrs.len == 0)
        return;
    IrInstr *last = VEC_LAST(&b->instrs);
    if (last->op == IR_JMP || last->op == IR_BRANCH)
        mark_reachable(last->target, seen);
    if (last->op == IR_BRANCH)
        mark_reachable(last->target2, seen);
}

void ir_prune_unreachable(IrFunc *f) {
    bool *seen = arena_alloc(sizeof(bool) * (size_t)f->blocks.len);
    mark_reachable(VEC_AT(&f->blocks, 0), seen);
    int kept = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        if (!seen[i])
            continue;
        f->blocks.items[kept] = b;
        kept++;
    }
    f->blocks.len = kept;
    for (int i = 0; i < kept; i++)
        ((IrBlock *)VEC_AT(&f->blocks, i))->id = i;
}

// ---- The dump ----------------------------------------------------------------------------

static const char *op_names[] = {
    [IR_CONST] = "const", [IR_FCONST] = "fconst", [IR_ADDR] = "addr",
    [IR_FRAME_ADDR] = "frameaddr", [IR_MOV] = "mov", [IR_PHI] = "phi", [IR_LOAD] = "load", [IR_STORE] = "store",
    [IR_ADD] = "add", [IR_SUB] = "sub", [IR_MUL] = "mul", [IR_DIV] = "div", [IR_REM] = "rem",
    [IR_AND] = "and", [IR_OR] = "or", [IR_XOR] = "xor", [IR_SHL] = "shl", [IR_SHR] = "shr",
    [IR_SAR] = "sar", [IR_NEG] = "neg", [IR_NOT] = "not", [IR_EXT] = "ext", [IR_CMP] = "cmp",
    [IR_FCMP] = "fcmp", [IR_FADD] = "fadd", [IR_FSUB] = "fsub", [IR_FMUL] = "fmul",
    [IR_FDIV] = "fdiv", [IR_FNEG] = "fneg", [IR_FSQRT] = "fsqrt", [IR_ITOF] = "itof", [IR_FTOI] = "ftoi",
    [IR_FTOF] = "ftof", [IR_CALL] = "call", [IR_CALL_IND] = "callind", [IR_JMP] = "jmp",
    [IR_BRANCH] = "branch", [IR_RET] = "ret", [IR_STMT] = "stmt", [IR_COMMENT] = "comment",
};

const char *ir_op_name(IrOp op) { return op_names[op]; }

const char *ir_block_name(const IrBlock *b) { return arena_printf("b%d.%s", b->id, b->label); }

static void put_vregs(Buf *b, const VReg *v, int n) {
    for (int i = 0; i < n; i++)
        buf_printf(b, "%sv%d", i ? ", " : "", v[i]);
}

static const char *cond_name(Cond c) {
    static const char *const names[] = {"eq", "ne", "lt", "le", "gt", "ge"};
    return names[c];
}

// suffix shows the flags that change an operation's meaning.
static const char *suffix(const IrInstr *in) {
    switch (in->op) {
    case IR_LOAD: case IR_STORE: case IR_EXT:
        return arena_printf(".%s%d", in->op == IR_STORE ? "" : in->sign ? "s" : "u",
                            8 * in->width);
    case IR_DIV: case IR_REM:
        return in->sign ? ".s" : ".u";
    case IR_ITOF:
        return arena_printf("%s%s", in->sign ? ".s" : ".u", in->is32 ? ".f32" : "");
    case IR_FTOI:  // ftoi.s32: to int32; .f32: from float32
        return arena_printf(".%s%d%s", in->sign ? "s" : "u", in->width == 4 ? 32 : 64,
                            in->is32 ? ".f32" : "");
    case IR_FADD: case IR_FSUB: case IR_FMUL: case IR_FDIV: case IR_FNEG: case IR_FSQRT:
    case IR_FTOF:
    case IR_FCONST:
        return in->is32 ? ".f32" : "";
    case IR_CMP:
        return arena_printf(".%s%s", cond_name(in->cond), in->sign ? ".s" : ".u");
    case IR_FCMP:
        return arena_printf(".%s%s", cond_name(in->cond), in->is32 ? ".f32" : "");
    default:
        return "";
    }
}

// put_address writes a load's or store's ` [v3+16]` or ` [v3+v5*8+16]`.
static void put_address(Buf *b, const IrInstr *in) {
    buf_printf(b, " [v%d", in->a);
    if (in->idx)
        buf_printf(b, "+v%d*%d", in->idx, in->scale);
    buf_printf(b, "%+lld]", (long long)in->imm);
}

// put_phi_operands writes ` [b1: v3, b4: v8]`: each value with the
// predecessor it comes from.
static void put_phi_operands(Buf *b, const IrInstr *in) {
    buf_puts(b, " [");
    for (int i = 0; i < in->nargs; i++)
        buf_printf(b, "%sb%d: v%d", i ? ", " : "", in->preds[i]->id, in->args[i]);
    buf_putc(b, ']');
}

static void put_operands(Buf *b, const IrInstr *in) {
    switch (in->op) {
    case IR_CONST:      buf_printf(b, " %lld", (long long)in->imm); break;
    case IR_FCONST:     buf_printf(b, " %.17g", in->fimm); break;
    case IR_ADDR:       buf_printf(b, " %s%+lld", in->sym, (long long)in->imm); break;
    case IR_FRAME_ADDR: buf_printf(b, " slot%d%+lld", in->slot, (long long)in->imm); break;
    case IR_LOAD:       put_address(b, in); break;
    case IR_STORE:      put_address(b, in); buf_printf(b, ", v%d", in->b); break;
    case IR_CALL:       buf_printf(b, " %s(", in->sym); put_vregs(b, in->args, in->nargs);
                        buf_putc(b, ')'); break;
    case IR_CALL_IND:   buf_printf(b, " v%d(", in->a); put_vregs(b, in->args, in->nargs);
                        buf_putc(b, ')'); break;
    case IR_RET:        buf_putc(b, ' '); put_vregs(b, in->args, in->nargs); break;
    case IR_PHI:        put_phi_operands(b, in); break;
    case IR_JMP:        buf_printf(b, " %s", ir_block_name(in->target)); break;
    case IR_BRANCH:     buf_printf(b, " v%d, %s, %s", in->a, ir_block_name(in->target),
                                   ir_block_name(in->target2)); break;
    default:
        if (in->a)
            buf_printf(b, " v%d", in->a);
        if (in->b)
            buf_printf(b, ", v%d", in->b);
        if (in->mem) {
            buf_putc(b, ',');
            put_address(b, in->mem);
        }
    }
}

// ir_format_instr writes one instruction as `v7 = add v5, v6`, with the flags
// that change its meaning as suffixes (`load.s32`, `cmp.lt.u`, `div.s`).
void ir_format_instr(Buf *b, const IrInstr *in) {
    if (in->op == IR_STMT) {
        buf_printf(b, "# %s:%d  %s", in->pos.file, in->pos.line, in->text);
        return;
    }
    if (in->op == IR_COMMENT) {
        buf_printf(b, "# %s", in->text);
        return;
    }
    if (in->op == IR_CALL || in->op == IR_CALL_IND) {
        put_vregs(b, in->results, in->nresults);
        if (in->nresults)
            buf_puts(b, " = ");
    } else if (in->dst) {
        buf_printf(b, "v%d = ", in->dst);
    }
    buf_printf(b, "%s%s", ir_op_name(in->op), suffix(in));
    put_operands(b, in);
    if ((in->op == IR_CALL || in->op == IR_CALL_IND) && in->noreturn)
        buf_puts(b, "  noreturn");
}


void ir_dump_func(Buf *out, const IrFunc *f) {
    buf_printf(out, "func %s(", f->name);
    put_vregs(out, f->params, f->nparams);
    buf_printf(out, ") results=%d words\n", irsig_result_words(f->sig));
    for (int i = 0; i < f->slots.len; i++) {
        IrSlot *s = VEC_AT(&f->slots, i);
        buf_printf(out, "  slot%d: %d bytes (%s)\n", i, s->size, s->name);
    }
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        buf_printf(out, "%s:\n", ir_block_name(b));
        for (int k = 0; k < b->instrs.len; k++) {
            buf_puts(out, "    ");
            ir_format_instr(out, VEC_AT(&b->instrs, k));
            buf_putc(out, '\n');
        }
    }
    buf_putc(out, '\n');
}

void ir_dump(Buf *out, const IrModule *m) {
    for (int i = 0; i < m->data.len; i++) {
        IrData *d = VEC_AT(&m->data, i);
        buf_printf(out, "data %s: %d bytes%s%s%s\n", d->name, d->size,
                   d->readonly ? ", read-only" : "", d->comment ? "  ; " : "",
                   d->comment ? d->comment : "");
    }
    if (m->data.len)
        buf_putc(out, '\n');
    for (int i = 0; i < m->funcs.len; i++)
        ir_dump_func(out, VEC_AT(&m->funcs, i));
}
