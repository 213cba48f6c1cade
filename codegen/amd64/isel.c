// isel.c: instruction selection. Each IR instruction becomes a short sequence
// over the locations regalloc.c chose: compute in the destination's register
// (or a scratch one), reading operands from registers, memory or immediates.
// With every vreg in its stack slot (-N) this is gc -N's shape: load the
// operands into scratch registers, compute, store the result into its slot.
// The dispatcher below names one function per kind of instruction; float
// operations are in float.c, the prologue, calls and returns in call.c,
// branches in branch.c.
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

// set_const: v = imm. An imm32 is stored directly; a wider one goes through a
// register (mov r64, imm64).
void set_const(FuncGen *g, VReg v, int64_t imm) {
    if (fits_imm32(imm)) {
        emit_move(g, vloc(g, v), loc_imm(imm), NULL);
        return;
    }
    Reg r = def_reg(g, v, RAX);
    emit_ins(g->e, "mov", "%s, %lld", reg_name(r, 8), (long long)imm);
    store_result(g, v, r);
}

// sel_const: a constant regalloc.c folded into its uses (LOC_IMM) has no code.
static void sel_const(FuncGen *g, const IrInstr *in) {
    if (vloc(g, in->dst).kind != LOC_IMM)
        set_const(g, in->dst, in->imm);
}

// sel_addr: `lea r, [rel sym]`, or for large data (internal.h LARGE_DATA)
// its 64-bit address, `mov r, sym`.
static void sel_addr(FuncGen *g, const IrInstr *in) {
    const char *sym = asm_symbol(in->sym);
    const char *note = symbol_escaped(in->sym) ? arena_printf("&%s", in->sym) : NULL;
    const char *r = reg_name(def_reg(g, in->dst, RAX), 8);
    bool large = strmap_get(&g->e->large_data, in->sym) != NULL;
    if (large && in->imm)
        emit_insc(g->e, note, "mov", "%s, %s%+lld", r, sym, (long long)in->imm);
    else if (large)
        emit_insc(g->e, note, "mov", "%s, %s", r, sym);
    else if (in->imm)
        emit_insc(g->e, note, "lea", "%s, [rel %s%+lld]", r, sym, (long long)in->imm);
    else
        emit_insc(g->e, note, "lea", "%s, [rel %s]", r, sym);
    store_result(g, in->dst, def_reg(g, in->dst, RAX));
}

static void sel_frame_addr(FuncGen *g, const IrInstr *in) {
    if (in->slot < 0 || in->slot >= g->f->slots.len)
        unreachable();
    const IrSlot *s = VEC_AT(&g->f->slots, in->slot);
    int64_t disp = in->imm - g->fr->slot_offset[in->slot];
    Reg r = def_reg(g, in->dst, RAX);
    emit_insc(g->e, arena_printf("&%s", s->name ? s->name : "tmp"), "lea", "%s, %s",
              reg_name(r, 8), mem("rbp", disp));
    store_result(g, in->dst, r);
}

// sel_mov: nothing at all when both vregs got the same register.
static void sel_mov(FuncGen *g, const IrInstr *in) {
    emit_move(g, vloc(g, in->dst), vloc(g, in->a), NULL);
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

// load_int loads width bytes from the operand `src` into r, extended to 64
// bits; writing a 32-bit register zeroes the upper half, so zero extension to
// 64 is free.
static void load_int(FuncGen *g, Reg r, const char *src, int width, bool sign) {
    const char *w = width_word(width);
    const char *r64 = reg_name(r, 8), *r32 = reg_name(r, 4);
    if (width == 8)
        emit_ins(g->e, "mov", "%s, %s %s", r64, w, src);
    else if (width == 4)
        emit_ins(g->e, sign ? "movsxd" : "mov", "%s, %s %s", sign ? r64 : r32, w, src);
    else
        emit_ins(g->e, sign ? "movsx" : "movzx", "%s, %s %s", sign ? r64 : r32, w, src);
}

// address is a load's or store's memory operand, [base+disp] or
// [base+index*scale+disp] (opt/addrmode.c), read from the registers of base
// and index or, for one in a stack slot, from the scratch register given.
const char *address(FuncGen *g, const IrInstr *in, Reg base_scratch, Reg idx_scratch) {
    const char *base = reg_name(use_reg(g, in->a, base_scratch), 8);
    int64_t k;
    if (!in->idx)
        return mem(base, in->imm);
    if (vreg_imm(g, in->idx, &k) && fits_imm32(in->imm + k * in->scale))
        return mem(base, in->imm + k * in->scale);
    const char *idx = reg_name(use_reg(g, in->idx, idx_scratch), 8);
    if (in->imm == 0)
        return arena_printf("[%s+%s*%d]", base, idx, in->scale);
    if (!fits_imm32(in->imm))
        unreachable();
    return arena_printf("[%s+%s*%d%+lld]", base, idx, in->scale, (long long)in->imm);
}

// sel_load: straight from the address's registers.
static void sel_load(FuncGen *g, const IrInstr *in) {
    const char *src = address(g, in, RAX, RCX);
    if (g->f->classes[in->dst] == CLASS_FLOAT) {
        if (in->width != 4 && in->width != 8)
            unreachable();
        Reg r = def_reg(g, in->dst, XMM0);
        emit_ins(g->e, in->width == 4 ? "movss" : "movsd", "%s, %s %s", reg_name(r, 8),
                 width_word(in->width), src);
        store_float(g, in->dst, r, in->width == 4);
        return;
    }
    Reg r = def_reg(g, in->dst, RAX);
    load_int(g, r, src, in->width, in->sign);
    store_result(g, in->dst, r);
}

// truncated is imm cut to `width` bytes, as a signed number NASM accepts.
static int64_t truncated(int64_t imm, int width) {
    switch (width) {
    case 1: return (int8_t)imm;
    case 2: return (int16_t)imm;
    case 4: return (int32_t)imm;
    }
    return imm;
}

static void sel_store(FuncGen *g, const IrInstr *in) {
    const char *dst = address(g, in, RAX, RDX);
    int64_t imm;
    if (g->f->classes[in->b] == CLASS_FLOAT) {
        if (in->width != 4 && in->width != 8)
            unreachable();
        Reg r = vreg_reg(g, in->b);
        if (r == NO_REG)
            load_float(g, r = XMM0, in->b, in->width == 4);
        emit_ins(g->e, in->width == 4 ? "movss" : "movsd", "%s %s, %s", width_word(in->width),
                 dst, reg_name(r, 8));
        return;
    }
    if (vreg_imm(g, in->b, &imm)) {
        emit_ins(g->e, "mov", "%s %s, %lld", width_word(in->width), dst,
                 (long long)truncated(imm, in->width));
        return;
    }
    Reg r = use_reg(g, in->b, RCX);
    emit_ins(g->e, "mov", "%s %s, %s", width_word(in->width), dst, reg_name(r, in->width));
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

// three_operand: with dst in a register of its own (not a's), amd64 has
// forms that need no `mov dst, a` first:
//     dst = a + imm, a - imm      lea dst, [a+imm]
//     dst = a + b                 lea dst, [a+b]
//     dst = a * imm               imul dst, a, imm
static bool three_operand(FuncGen *g, const IrInstr *in) {
    int64_t imm;
    Reg d = vreg_reg(g, in->dst), a = vreg_reg(g, in->a), b = vreg_reg(g, in->b);
    if (d == NO_REG || a == NO_REG || a == d)
        return false;
    bool constant = vreg_imm(g, in->b, &imm) && imm != INT32_MIN;
    if ((in->op == IR_ADD || in->op == IR_SUB) && constant) {
        emit_ins(g->e, "lea", "%s, %s", reg_name(d, 8),
                 mem(reg_name(a, 8), in->op == IR_SUB ? -imm : imm));
        return true;
    }
    if (in->op == IR_ADD && b != NO_REG && b != d) {
        emit_ins(g->e, "lea", "%s, [%s+%s]", reg_name(d, 8), reg_name(a, 8), reg_name(b, 8));
        return true;
    }
    if (in->op == IR_MUL && constant) {
        emit_ins(g->e, "imul", "%s, %s, %lld", reg_name(d, 8), reg_name(a, 8), (long long)imm);
        return true;
    }
    return false;
}

// address_uses: the memory operand's address reads register r.
static bool address_uses(FuncGen *g, const IrInstr *mem, Reg r) {
    return vreg_reg(g, mem->a) == r || (mem->idx && vreg_reg(g, mem->idx) == r);
}

// sel_binary_load: op r, qword [m] (opt/loadop.c). r is dst's register
// unless the address needs it after `mov r, a`; then rax.
static void sel_binary_load(FuncGen *g, const IrInstr *in) {
    Reg r = def_reg(g, in->dst, RAX);
    if (address_uses(g, in->mem, r))
        r = RAX;
    emit_move(g, loc_reg(r), vloc(g, in->a), NULL);
    emit_ins(g->e, binary_mnemonic(in->op), "%s, qword %s", reg_name(r, 8),
             address(g, in->mem, RCX, RDX));
    store_result(g, in->dst, r);
}

// sel_binary computes in dst's register (or rax): mov r, a; op r, b. When b
// already sits in that register, a commutative op swaps its operands and the
// others compute in rax.
static void sel_binary(FuncGen *g, const IrInstr *in) {
    if (in->mem)
        return sel_binary_load(g, in);
    if (three_operand(g, in))
        return;
    Reg r = def_reg(g, in->dst, RAX);
    VReg a = in->a, b = in->b;
    if (vreg_reg(g, b) == r && vreg_reg(g, a) != r) {
        bool commutes = in->op != IR_SUB;
        if (commutes)
            a = in->b, b = in->a;
        else
            r = RAX;
    }
    emit_move(g, loc_reg(r), vloc(g, a), NULL);
    emit_ins(g->e, binary_mnemonic(in->op), "%s, %s", reg_name(r, 8), operand(g, b));
    store_result(g, in->dst, r);
}

static void sel_unary(FuncGen *g, const IrInstr *in) {
    Reg r = def_reg(g, in->dst, RAX);
    emit_move(g, loc_reg(r), vloc(g, in->a), NULL);
    emit_ins(g->e, in->op == IR_NEG ? "neg" : "not", "%s", reg_name(r, 8));
    store_result(g, in->dst, r);
}

// sel_divide: quotient in rax, remainder in rdx. idiv traps on INT64_MIN / -1,
// so a divisor of -1 takes its own path: a / -1 = -a (wrapping), a % -1 = 0,
// which is what Go specifies. A constant divisor other than -1 needs no check.
static void sel_divide(FuncGen *g, const IrInstr *in) {
    bool rem = in->op == IR_REM;
    int64_t imm = 0;
    bool known = vreg_imm(g, in->b, &imm) && imm != -1;
    Reg result;
    if (known && sel_divide_const(g, in, imm, &result)) {   // divconst.c
        store_result(g, in->dst, result);
        return;
    }
    emit_move(g, loc_reg(RAX), vloc(g, in->a), NULL);
    Reg divisor = RCX;
    if (vreg_imm(g, in->b, &imm))
        emit_move(g, loc_reg(RCX), loc_imm(imm), NULL);
    else
        divisor = use_reg(g, in->b, RCX);
    const char *d = reg_name(divisor, 8);
    if (!in->sign) {
        emit_insc(g->e, "unsigned: rdx:rax = 0:a", "xor", "edx, edx");
        emit_ins(g->e, "div", "%s", d);
    } else if (known) {
        emit_bare(g->e, "rdx:rax = a, sign-extended", "cqo");
        emit_ins(g->e, "idiv", "%s", d);
    } else {
        const char *l = local_label(g, rem ? "rem" : "div");
        emit_insc(g->e, "idiv traps on INT64_MIN / -1", "cmp", "%s, -1", d);
        emit_ins(g->e, "je", "%s.minus1", l);
        emit_bare(g->e, "rdx:rax = a, sign-extended", "cqo");
        emit_ins(g->e, "idiv", "%s", d);
        emit_ins(g->e, "jmp", "%s.done", l);
        emit_label(g->e, arena_printf("%s.minus1", l));
        if (rem)
            emit_insc(g->e, "a % -1 = 0", "xor", "edx, edx");
        else
            emit_insc(g->e, "a / -1 = -a (wraps for INT64_MIN)", "neg", "rax");
        emit_label(g->e, arena_printf("%s.done", l));
    }
    store_result(g, in->dst, rem ? RDX : RAX);
}

// shift_by_const: a constant count below 64 is an immediate; the CPU's
// masking then agrees with Go.
static bool shift_by_const(FuncGen *g, const IrInstr *in) {
    int64_t imm;
    if (!vreg_imm(g, in->b, &imm) || (uint64_t)imm >= 64)
        return false;
    static const char *const names[] = {[IR_SHL] = "shl", [IR_SHR] = "shr", [IR_SAR] = "sar"};
    Reg r = def_reg(g, in->dst, RAX);
    emit_move(g, loc_reg(r), vloc(g, in->a), NULL);
    emit_ins(g->e, names[in->op], "%s, %lld", reg_name(r, 8), (long long)imm);
    store_result(g, in->dst, r);
    return true;
}

// sel_shift_logical: the CPU masks the count to 6 bits, Go does not: a count
// of 64 or more (unsigned) shifts every bit out.
static void sel_shift_logical(FuncGen *g, const IrInstr *in) {
    if (shift_by_const(g, in))
        return;
    emit_move(g, loc_reg(RAX), vloc(g, in->a), NULL);
    emit_move(g, loc_reg(RCX), vloc(g, in->b), NULL);
    emit_insc(g->e, "uses count & 63", in->op == IR_SHL ? "shl" : "shr", "rax, cl");
    emit_ins(g->e, "xor", "edx, edx");
    emit_ins(g->e, "cmp", "rcx, 64");
    emit_insc(g->e, "count >= 64: 0", "cmovae", "rax, rdx");
    store_result(g, in->dst, RAX);
}

// sel_shift_arith: a count of 64 or more fills with the sign bit, which is what
// a count of 63 does, so the count is clamped to 63.
static void sel_shift_arith(FuncGen *g, const IrInstr *in) {
    if (shift_by_const(g, in))
        return;
    emit_move(g, loc_reg(RAX), vloc(g, in->a), NULL);
    emit_move(g, loc_reg(RCX), vloc(g, in->b), NULL);
    emit_ins(g->e, "mov", "edx, 63");
    emit_ins(g->e, "cmp", "rcx, rdx");
    emit_insc(g->e, "count > 63 (unsigned): 63", "cmova", "rcx, rdx");
    emit_ins(g->e, "sar", "rax, cl");
    store_result(g, in->dst, RAX);
}

static int64_t extended(int64_t v, int width, bool sign) {
    switch (width) {
    case 1: return sign ? (int64_t)(int8_t)v : (int64_t)(uint8_t)v;
    case 2: return sign ? (int64_t)(int16_t)v : (int64_t)(uint16_t)v;
    case 4: return sign ? (int64_t)(int32_t)v : (int64_t)(uint32_t)v;
    }
    unreachable();
}

// ext_reg extends the low bytes of register a into r.
static void ext_reg(FuncGen *g, Reg r, Reg a, int width, bool sign) {
    if (width == 4)
        emit_ins(g->e, sign ? "movsxd" : "mov", "%s, %s", reg_name(r, sign ? 8 : 4),
                 reg_name(a, 4));
    else
        emit_ins(g->e, sign ? "movsx" : "movzx", "%s, %s", reg_name(r, sign ? 8 : 4),
                 reg_name(a, width));
}

// sel_ext reads the low `width` bytes of a: from its register, or from its
// slot directly (little-endian).
static void sel_ext(FuncGen *g, const IrInstr *in) {
    int64_t imm;
    if (in->width != 1 && in->width != 2 && in->width != 4)
        unreachable();
    if (vreg_imm(g, in->a, &imm)) {
        set_const(g, in->dst, extended(imm, in->width, in->sign));
        return;
    }
    Reg r = def_reg(g, in->dst, RAX), a = vreg_reg(g, in->a);
    if (a != NO_REG)
        ext_reg(g, r, a, in->width, in->sign);
    else
        load_int(g, r, vslot(g, in->a), in->width, in->sign);
    store_result(g, in->dst, r);
}

const char *setcc(Cond c, bool sign) {
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

// sel_cmp materializes a compare as 0/1 (a compare feeding only a branch is
// fused with it instead, branch.c).
static void sel_cmp(FuncGen *g, const IrInstr *in) {
    Cond c = compare_ints(g, in);
    Reg r = def_reg(g, in->dst, RAX);
    emit_ins(g->e, setcc(c, in->sign), "%s", reg_name(r, 1));
    emit_ins(g->e, "movzx", "%s, %s", reg_name(r, 4), reg_name(r, 1));
    store_result(g, in->dst, r);
}

static void sel_comment(FuncGen *g, const IrInstr *in) {
    if (g->e->opt->annotate == ANNOTATE_LOWER)
        emit_note(g->e, "%s", in->text ? in->text : "");
}

// sel_compare: a compare fused with its branch waits for it (branch.c).
static void sel_compare(FuncGen *g, const IrInstr *in) {
    if (g->al->fused && g->al->fused[g->index]) {
        g->fused_cmp = in;
        return;
    }
    if (in->op == IR_CMP)
        sel_cmp(g, in);
    else
        sel_fcmp(g, in);
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
    case IR_CMP: case IR_FCMP:
                        return sel_compare(g, in);          // fused: branch.c
    case IR_FADD: case IR_FSUB: case IR_FMUL: case IR_FDIV:
                        return sel_float_binary(g, in);     // float.c
    case IR_FNEG:       return sel_fneg(g, in);             // float.c
    case IR_FSQRT:      return sel_fsqrt(g, in);            // float.c
    case IR_ITOF:       return sel_itof(g, in);             // float.c
    case IR_FTOI:       return sel_ftoi(g, in);             // float.c
    case IR_FTOF:       return sel_ftof(g, in);             // float.c
    case IR_CALL: case IR_CALL_IND:
                        return sel_call(g, in);             // call.c
    case IR_JMP:        return sel_jmp(g, in);             // branch.c
    case IR_BRANCH:     return sel_branch(g, in);          // branch.c
    case IR_RET:        return sel_ret(g, in);              // call.c
    case IR_STMT:       return emit_stmt(g->e, in->pos, in->text);
    case IR_COMMENT:    return sel_comment(g, in);
    case IR_PHI:        break;   // opt/unssa.c leaves none for the back end
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
        g->e->inl = in->inl;
        if (!annotation)
            pcln_stmt(g->e, in->pos, NULL);   // code placed away from its statement
        g->index++;
        sel_instr(g, in);
        if (g->opt && g->e->ir_note) {   // an instruction that needed no code
            emit_note(g->e, "%s", g->e->ir_note);
            emit_set_ir_note(g->e, NULL);
        }
        if (in->op == IR_CALL && in->noreturn)
            break;   // the call ends the block
    }
    emit_set_ir_note(g->e, NULL);
}

// isel_func writes one function: header, prologue, then its blocks in order.
void isel_func(Emitter *e, const IrFunc *f) {
    bool opt = e->opt->optimize;
    Alloc *al = opt ? regalloc(f) : alloc_stack(f);
    FuncGen g = {.e = e, .f = f, .fr = frame_layout(f, al), .al = al, .opt = opt,
                 .self = abi_layout(f->sig)};
    dwarf_func(e, f, g.fr, al);
    emit_func_header(e, f, e->opt->bare ? NULL : frame_describe(f, g.fr, al));
    pcln_func_begin(e, f);
    sel_prologue(&g);
    for (int i = 0; i < f->blocks.len; i++) {
        g.next_block = i + 1 < f->blocks.len ? VEC_AT(&f->blocks, i + 1) : NULL;
        sel_block(&g, VEC_AT(&f->blocks, i));
    }
    emit_func_end(e);
    pcln_func_end(e);
}
