// isel.c: instruction selection. Each IR instruction becomes a short, fixed
// sequence: load the operands from their stack slots into scratch registers,
// compute, store the result into the destination's slot (like gc -N). The
// dispatcher below names one function per kind of instruction; float
// operations are in float.c, the prologue, calls and returns in call.c.
#include "internal.h"

#include <string.h>

// ---- Names ----------------------------------------------------------------------

const char *vslot(FuncGen *g, VReg v) { return frame_vreg(g->fr, v); }

// ir_text is the IR an instruction came from, for its -annotate=lower comment.
static const char *ir_text(const IrInstr *in) {
    Buf b = {0};
    ir_format_instr(&b, in);
    return buf_cstr(&b);
}

// block_label is ".L<id>.<label>": the id makes it unique, the label says what
// the block is for. Bytes NASM does not allow in a label become '_'.
const char *block_label(const IrBlock *b) {
    Buf buf = {0};
    buf_printf(&buf, ".L%d", b->id);
    if (b->label && *b->label) {
        buf_putc(&buf, '.');
        for (const char *p = b->label; *p; p++) {
            char c = *p;
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (c >= '0' && c <= '9') || c == '_' || c == '.';
            buf_putc(&buf, ok ? c : '_');
        }
    }
    return buf_cstr(&buf);
}

// local_label names the internal branches of one expanded instruction
// (.Ldiv3.minus1, .Lutof5.big). Block labels start with a digit after ".L", so
// the two never collide.
const char *local_label(FuncGen *g, const char *what) {
    return arena_printf(".L%s%d", what, ++g->nlabels);
}

// mem is the operand [base+disp].
const char *mem(const char *base, int64_t disp) {
    if (disp < INT32_MIN || disp > INT32_MAX)
        unreachable();   // amd64 displacements are 32-bit; no Go object is that large
    if (disp == 0)
        return arena_printf("[%s]", base);
    return arena_printf("[%s%+lld]", base, (long long)disp);
}

// ---- Values ---------------------------------------------------------------------

static void sel_const(FuncGen *g, const IrInstr *in) {
    if (in->imm >= INT32_MIN && in->imm <= INT32_MAX) {
        emit_ins(g->e, "mov", "qword %s, %lld", vslot(g, in->dst), (long long)in->imm);
        return;
    }
    emit_ins(g->e, "mov", "rax, %lld", (long long)in->imm);
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

static void sel_addr(FuncGen *g, const IrInstr *in) {
    const char *sym = asm_symbol(in->sym);
    const char *note = symbol_escaped(in->sym) ? arena_printf("&%s", in->sym) : NULL;
    if (in->imm)
        emit_insc(g->e, note, "lea", "rax, [rel %s%+lld]", sym, (long long)in->imm);
    else
        emit_insc(g->e, note, "lea", "rax, [rel %s]", sym);
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

static void sel_frame_addr(FuncGen *g, const IrInstr *in) {
    if (in->slot < 0 || in->slot >= g->f->slots.len)
        unreachable();
    const IrSlot *s = VEC_AT(&g->f->slots, in->slot);
    int64_t disp = in->imm - g->fr->slot_offset[in->slot];
    emit_insc(g->e, arena_printf("&%s", s->name ? s->name : "tmp"), "lea", "rax, %s",
              mem("rbp", disp));
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

static void sel_mov(FuncGen *g, const IrInstr *in) {
    emit_ins(g->e, "mov", "rax, %s", vslot(g, in->a));
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

// ---- Memory ---------------------------------------------------------------------

static const char *width_word(int width) {
    switch (width) {
    case 1: return "byte";
    case 2: return "word";
    case 4: return "dword";
    case 8: return "qword";
    }
    unreachable();
}

// The low `width` bytes of rcx.
static const char *rcx_part(int width) {
    switch (width) {
    case 1: return "cl";
    case 2: return "cx";
    case 4: return "ecx";
    case 8: return "rcx";
    }
    unreachable();
}

// load_int loads width bytes from the operand `src` into rax, extended to 64
// bits; writing eax zeroes the upper half, so zero extension to 64 is free.
static void load_int(FuncGen *g, const char *src, int width, bool sign) {
    const char *w = width_word(width);
    if (width == 8)
        emit_ins(g->e, "mov", "rax, %s %s", w, src);
    else if (width == 4)
        emit_ins(g->e, sign ? "movsxd" : "mov", "%s, %s %s", sign ? "rax" : "eax", w, src);
    else
        emit_ins(g->e, sign ? "movsx" : "movzx", "%s, %s %s", sign ? "rax" : "eax", w, src);
}

static void sel_load(FuncGen *g, const IrInstr *in) {
    emit_ins(g->e, "mov", "rax, %s", vslot(g, in->a));
    const char *src = mem("rax", in->imm);
    if (g->f->classes[in->dst] == CLASS_FLOAT) {
        if (in->width != 4 && in->width != 8)
            unreachable();
        const char *mov = in->width == 4 ? "movss" : "movsd";
        emit_ins(g->e, mov, "xmm0, %s %s", width_word(in->width), src);
        emit_ins(g->e, mov, "%s, xmm0", vslot(g, in->dst));
        return;
    }
    load_int(g, src, in->width, in->sign);
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

static void sel_store(FuncGen *g, const IrInstr *in) {
    emit_ins(g->e, "mov", "rax, %s", vslot(g, in->a));
    const char *dst = mem("rax", in->imm);
    if (g->f->classes[in->b] == CLASS_FLOAT) {
        if (in->width != 4 && in->width != 8)
            unreachable();
        const char *mov = in->width == 4 ? "movss" : "movsd";
        emit_ins(g->e, mov, "xmm0, %s", vslot(g, in->b));
        emit_ins(g->e, mov, "%s %s, xmm0", width_word(in->width), dst);
        return;
    }
    emit_ins(g->e, "mov", "rcx, %s", vslot(g, in->b));
    emit_ins(g->e, "mov", "%s %s, %s", width_word(in->width), dst, rcx_part(in->width));
}

// ---- Integer arithmetic ---------------------------------------------------------

static const char *binary_mnemonic(IrOp op) {
    switch (op) {
    case IR_ADD: return "add";
    case IR_SUB: return "sub";
    case IR_MUL: return "imul";   // the low 64 bits are the same signed or unsigned
    case IR_AND: return "and";
    case IR_OR:  return "or";
    case IR_XOR: return "xor";
    default:     unreachable();
    }
}

static void sel_binary(FuncGen *g, const IrInstr *in) {
    emit_ins(g->e, "mov", "rax, %s", vslot(g, in->a));
    emit_ins(g->e, binary_mnemonic(in->op), "rax, %s", vslot(g, in->b));
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

static void sel_unary(FuncGen *g, const IrInstr *in) {
    emit_ins(g->e, "mov", "rax, %s", vslot(g, in->a));
    emit_ins(g->e, in->op == IR_NEG ? "neg" : "not", "rax");
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

// sel_divide: quotient in rax, remainder in rdx. idiv traps on INT64_MIN / -1,
// so a divisor of -1 takes its own path: a / -1 = -a (wrapping), a % -1 = 0,
// which is what Go specifies.
static void sel_divide(FuncGen *g, const IrInstr *in) {
    bool rem = in->op == IR_REM;
    emit_ins(g->e, "mov", "rax, %s", vslot(g, in->a));
    emit_ins(g->e, "mov", "rcx, %s", vslot(g, in->b));
    if (!in->sign) {
        emit_insc(g->e, "unsigned: rdx:rax = 0:a", "xor", "edx, edx");
        emit_ins(g->e, "div", "rcx");
    } else {
        const char *l = local_label(g, rem ? "rem" : "div");
        emit_insc(g->e, "idiv traps on INT64_MIN / -1", "cmp", "rcx, -1");
        emit_ins(g->e, "je", "%s.minus1", l);
        emit_bare(g->e, "rdx:rax = a, sign-extended", "cqo");
        emit_ins(g->e, "idiv", "rcx");
        emit_ins(g->e, "jmp", "%s.done", l);
        emit_label(g->e, arena_printf("%s.minus1", l));
        if (rem)
            emit_insc(g->e, "a % -1 = 0", "xor", "edx, edx");
        else
            emit_insc(g->e, "a / -1 = -a (wraps for INT64_MIN)", "neg", "rax");
        emit_label(g->e, arena_printf("%s.done", l));
    }
    emit_ins(g->e, "mov", "%s, %s", vslot(g, in->dst), rem ? "rdx" : "rax");
}

// sel_shift_logical: the CPU masks the count to 6 bits, Go does not: a count
// of 64 or more (unsigned) shifts every bit out.
static void sel_shift_logical(FuncGen *g, const IrInstr *in) {
    emit_ins(g->e, "mov", "rax, %s", vslot(g, in->a));
    emit_ins(g->e, "mov", "rcx, %s", vslot(g, in->b));
    emit_insc(g->e, "uses count & 63", in->op == IR_SHL ? "shl" : "shr", "rax, cl");
    emit_ins(g->e, "xor", "edx, edx");
    emit_ins(g->e, "cmp", "rcx, 64");
    emit_insc(g->e, "count >= 64: 0", "cmovae", "rax, rdx");
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

// sel_shift_arith: a count of 64 or more fills with the sign bit, which is what
// a count of 63 does, so the count is clamped to 63.
static void sel_shift_arith(FuncGen *g, const IrInstr *in) {
    emit_ins(g->e, "mov", "rax, %s", vslot(g, in->a));
    emit_ins(g->e, "mov", "rcx, %s", vslot(g, in->b));
    emit_ins(g->e, "mov", "edx, 63");
    emit_ins(g->e, "cmp", "rcx, rdx");
    emit_insc(g->e, "count > 63 (unsigned): 63", "cmova", "rcx, rdx");
    emit_ins(g->e, "sar", "rax, cl");
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

// sel_ext reads the low `width` bytes of a's slot (little-endian) directly.
static void sel_ext(FuncGen *g, const IrInstr *in) {
    if (in->width != 1 && in->width != 2 && in->width != 4)
        unreachable();
    load_int(g, vslot(g, in->a), in->width, in->sign);
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

static const char *setcc(Cond c, bool sign) {
    switch (c) {
    case COND_EQ: return "sete";
    case COND_NE: return "setne";
    case COND_LT: return sign ? "setl" : "setb";
    case COND_LE: return sign ? "setle" : "setbe";
    case COND_GT: return sign ? "setg" : "seta";
    case COND_GE: return sign ? "setge" : "setae";
    }
    unreachable();
}

static void sel_cmp(FuncGen *g, const IrInstr *in) {
    emit_ins(g->e, "mov", "rax, %s", vslot(g, in->a));
    emit_ins(g->e, "cmp", "rax, %s", vslot(g, in->b));
    emit_ins(g->e, setcc(in->cond, in->sign), "al");
    emit_ins(g->e, "movzx", "eax, al");
    emit_ins(g->e, "mov", "%s, rax", vslot(g, in->dst));
}

// ---- Control --------------------------------------------------------------------

static void sel_jmp(FuncGen *g, const IrInstr *in) {
    if (in->target == g->next_block)
        emit_note(g->e, "falls through to %s", block_label(in->target));
    else
        emit_ins(g->e, "jmp", "%s", block_label(in->target));
}

// sel_branch tests a != 0 and jumps to whichever target does not simply
// follow in the layout.
static void sel_branch(FuncGen *g, const IrInstr *in) {
    emit_ins(g->e, "cmp", "qword %s, 0", vslot(g, in->a));
    if (in->target == g->next_block) {
        emit_ins(g->e, "je", "%s", block_label(in->target2));
        return;
    }
    emit_ins(g->e, "jne", "%s", block_label(in->target));
    if (in->target2 != g->next_block)
        emit_ins(g->e, "jmp", "%s", block_label(in->target2));
}

static void sel_comment(FuncGen *g, const IrInstr *in) {
    if (g->e->opt->annotate == ANNOTATE_LOWER)
        emit_note(g->e, "%s", in->text ? in->text : "");
}

// ---- The dispatcher -------------------------------------------------------------

static void sel_instr(FuncGen *g, const IrInstr *in) {
    switch (in->op) {
    case IR_CONST:      return sel_const(g, in);
    case IR_FCONST:     return sel_fconst(g, in);           // float.c
    case IR_ADDR:       return sel_addr(g, in);
    case IR_FRAME_ADDR: return sel_frame_addr(g, in);
    case IR_MOV:        return sel_mov(g, in);
    case IR_LOAD:       return sel_load(g, in);
    case IR_STORE:      return sel_store(g, in);
    case IR_ADD: case IR_SUB: case IR_MUL:
    case IR_AND: case IR_OR: case IR_XOR:
                        return sel_binary(g, in);
    case IR_DIV: case IR_REM:
                        return sel_divide(g, in);
    case IR_SHL: case IR_SHR:
                        return sel_shift_logical(g, in);
    case IR_SAR:        return sel_shift_arith(g, in);
    case IR_NEG: case IR_NOT:
                        return sel_unary(g, in);
    case IR_EXT:        return sel_ext(g, in);
    case IR_CMP:        return sel_cmp(g, in);
    case IR_FCMP:       return sel_fcmp(g, in);             // float.c
    case IR_FADD: case IR_FSUB: case IR_FMUL: case IR_FDIV:
                        return sel_float_binary(g, in);     // float.c
    case IR_FNEG:       return sel_fneg(g, in);             // float.c
    case IR_ITOF:       return sel_itof(g, in);             // float.c
    case IR_FTOI:       return sel_ftoi(g, in);             // float.c
    case IR_FTOF:       return sel_ftof(g, in);             // float.c
    case IR_CALL: case IR_CALL_IND:
                        return sel_call(g, in);             // call.c
    case IR_JMP:        return sel_jmp(g, in);
    case IR_BRANCH:     return sel_branch(g, in);
    case IR_RET:        return sel_ret(g, in);              // call.c
    case IR_STMT:       return emit_stmt(g->e, in->pos, in->text);
    case IR_COMMENT:    return sel_comment(g, in);
    }
    unreachable();
}

static void sel_block(FuncGen *g, const IrBlock *b) {
    bool lower = g->e->opt->annotate == ANNOTATE_LOWER;
    emit_label(g->e, block_label(b));
    for (int i = 0; i < b->instrs.len; i++) {
        const IrInstr *in = VEC_AT(&b->instrs, i);
        bool annotation = in->op == IR_STMT || in->op == IR_COMMENT;
        emit_set_ir_note(g->e, lower && !annotation ? ir_text(in) : NULL);
        sel_instr(g, in);
        if (in->op == IR_CALL && in->noreturn)
            break;   // the call ends the block
    }
    emit_set_ir_note(g->e, NULL);
}

// isel_func writes one function: header, prologue, then its blocks in order.
void isel_func(Emitter *e, const IrFunc *f) {
    FuncGen g = {.e = e, .f = f, .fr = frame_layout(f), .self = abi_layout(f->sig)};
    emit_func_header(e, f, frame_describe(f, g.fr));
    sel_prologue(&g);
    for (int i = 0; i < f->blocks.len; i++) {
        g.next_block = i + 1 < f->blocks.len ? VEC_AT(&f->blocks, i + 1) : NULL;
        sel_block(&g, VEC_AT(&f->blocks, i));
    }
    emit_func_end(e);
}
