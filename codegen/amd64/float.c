// float.c: instruction selection for float32/float64 (SSE2). A float virtual
// register's slot holds a float64, or a float32 in its low 4 bytes; the `is32`
// flag of an instruction picks the ss or sd flavour.
#include "internal.h"

#include <string.h>

// The two flavours of each SSE instruction, float64 first.
static const char *sse(bool is32, const char *sd, const char *ss) { return is32 ? ss : sd; }

static const char *fmov(bool is32) { return sse(is32, "movsd", "movss"); }
static const char *fsize(bool is32) { return is32 ? "dword" : "qword"; }

// sel_fconst: optimized, a constant in a register comes from read-only data
// (f64.<bits>, emit.c) and +0.0 is xorps; in a slot (-N), its bit pattern goes
// through rax: no rodata needed, and the comment shows the value.
void sel_fconst(FuncGen *g, const IrInstr *in) {
    uint64_t bits;
    memcpy(&bits, &in->fimm, sizeof bits);
    Reg r = vreg_reg(g, in->dst);
    if (r != NO_REG && bits == 0) {
        emit_insc(g->e, "+0.0", "xorps", "%s, %s", reg_name(r, 8), reg_name(r, 8));
        return;
    }
    const char *value = in->is32 ? arena_printf("float32 %.9g", (double)(float)in->fimm)
                                 : arena_printf("float64 %.17g", in->fimm);
    if (r != NO_REG) {
        emit_insc(g->e, value, fmov(in->is32), "%s, %s %s", reg_name(r, 8), fsize(in->is32),
                  emit_float_const(g->e, in->fimm, in->is32));
        return;
    }
    if (in->is32) {
        float f = (float)in->fimm;
        uint32_t bits32;
        memcpy(&bits32, &f, sizeof bits32);
        emit_insc(g->e, value, "mov", "eax, 0x%08x", bits32);
    } else {
        emit_insc(g->e, value, "mov", "rax, 0x%016llx", (unsigned long long)bits);
    }
    store_result(g, in->dst, RAX);
}

static const char *float_mnemonic(IrOp op, bool is32) {
    switch (op) {
    case IR_FADD: return sse(is32, "addsd", "addss");
    case IR_FSUB: return sse(is32, "subsd", "subss");
    case IR_FMUL: return sse(is32, "mulsd", "mulss");
    case IR_FDIV: return sse(is32, "divsd", "divss");
    default:      unreachable();
    }
}

static int fwidth(bool is32) { return is32 ? 4 : 8; }

// sel_float_binary computes in dst's register (or xmm0), like sel_binary.
void sel_float_binary(FuncGen *g, const IrInstr *in) {
    Reg r = def_reg(g, in->dst, XMM0);
    if (in->mem) {   // op r, [m] (opt/loadop.c)
        load_float(g, r, in->a, in->is32);
        emit_ins(g->e, float_mnemonic(in->op, in->is32), "%s, %s %s", reg_name(r, 8),
                 in->is32 ? "dword" : "qword", address(g, in->mem, RCX, RDX));
        store_float(g, in->dst, r, in->is32);
        return;
    }
    VReg a = in->a, b = in->b;
    if (vreg_reg(g, b) == r && vreg_reg(g, a) != r) {
        if (in->op == IR_FADD || in->op == IR_FMUL)
            a = in->b, b = in->a;
        else
            r = XMM0;
    }
    load_float(g, r, a, in->is32);
    emit_ins(g->e, float_mnemonic(in->op, in->is32), "%s, %s", reg_name(r, 8),
             sized_operand(g, b, fwidth(in->is32)));
    store_float(g, in->dst, r, in->is32);
}

// sel_fneg flips the sign bit, so -0.0 and NaNs come out as Go's -x does
// (0 - x would give +0 for x = +0): in an xmm register, xorps with a mask
// in read-only data; in a slot (-N), btc on the bits in rax.
void sel_fneg(FuncGen *g, const IrInstr *in) {
    Reg d = vreg_reg(g, in->dst);
    if (d != NO_REG) {
        load_float(g, d, in->a, in->is32);
        emit_ins(g->e, "xorps", "%s, %s", reg_name(d, 8), emit_sign_mask(g->e, in->is32));
        return;
    }
    emit_move(g, loc_reg(RAX), vloc(g, in->a), NULL);
    if (in->is32)
        emit_insc(g->e, "flip the float32 sign bit", "btc", "eax, 31");
    else
        emit_insc(g->e, "flip the float64 sign bit", "btc", "rax, 63");
    store_result(g, in->dst, RAX);
}

// sel_fsqrt: sqrtsd/sqrtss, from a register or straight from a slot.
void sel_fsqrt(FuncGen *g, const IrInstr *in) {
    Reg r = def_reg(g, in->dst, XMM0);
    emit_ins(g->e, sse(in->is32, "sqrtsd", "sqrtss"), "%s, %s", reg_name(r, 8),
             sized_operand(g, in->a, fwidth(in->is32)));
    store_float(g, in->dst, r, in->is32);
}

// sel_fcompare: ucomisd sets ZF, PF and CF all to 1 when either side is NaN,
// and Go wants every comparison except != to be false then. a > b and a >= b
// are "above" / "above or equal" (CF = 0), which NaN fails; a < b and a <= b
// are the same tests with the operands swapped. == also needs PF = 0, != accepts
// PF = 1.
void sel_fcompare(FuncGen *g, const IrInstr *in) {
    bool swap = in->cond == COND_LT || in->cond == COND_LE;
    VReg lhs = swap ? in->b : in->a, rhs = swap ? in->a : in->b;
    Reg r = vreg_reg(g, lhs);
    if (r == NO_REG)
        load_float(g, r = XMM0, lhs, in->is32);
    emit_ins(g->e, sse(in->is32, "ucomisd", "ucomiss"), "%s, %s", reg_name(r, 8),
             sized_operand(g, rhs, fwidth(in->is32)));
}

void sel_fcmp(FuncGen *g, const IrInstr *in) {
    sel_fcompare(g, in);
    switch (in->cond) {
    case COND_EQ:
        emit_ins(g->e, "sete", "al");
        emit_insc(g->e, "not NaN", "setnp", "cl");
        emit_ins(g->e, "and", "al, cl");
        break;
    case COND_NE:
        emit_ins(g->e, "setne", "al");
        emit_insc(g->e, "NaN != anything", "setp", "cl");
        emit_ins(g->e, "or", "al, cl");
        break;
    case COND_GT: case COND_LT:
        emit_ins(g->e, "seta", "al");
        break;
    case COND_GE: case COND_LE:
        emit_ins(g->e, "setae", "al");
        break;
    }
    emit_ins(g->e, "movzx", "eax, al");
    store_result(g, in->dst, RAX);
}

// sel_fbranch: sel_fcompare fused with its branch, the same NaN rules as
// jumps: == is "equal and not unordered", != "not equal or unordered".
void sel_fbranch(FuncGen *g, const IrInstr *cmp, const IrInstr *br) {
    const char *t = block_label(br->target), *f = block_label(br->target2);
    sel_fcompare(g, cmp);
    switch (cmp->cond) {
    case COND_EQ:
        emit_insc(g->e, "NaN: not equal", "jp", "%s", f);
        emit_ins(g->e, "je", "%s", t);
        break;
    case COND_NE:
        emit_ins(g->e, "jne", "%s", t);
        emit_insc(g->e, "NaN != anything", "jp", "%s", t);
        break;
    case COND_GT: case COND_LT:
        return jump_on(g, br, "ja", "jbe");
    case COND_GE: case COND_LE:
        return jump_on(g, br, "jae", "jb");
    }
    if (br->target2 != g->next_block)
        emit_ins(g->e, "jmp", "%s", f);
}

// sel_utof converts an unsigned word: cvtsi2sd is signed, so a value >= 2^63
// is halved first, keeping its low bit so the rounding stays right, converted,
// and doubled (what gcc does for uint64 -> double).
static void sel_utof(FuncGen *g, const IrInstr *in) {
    const char *l = local_label(g, "utof");
    const char *cvt = sse(in->is32, "cvtsi2sd", "cvtsi2ss");
    emit_move(g, loc_reg(RAX), vloc(g, in->a), NULL);
    emit_ins(g->e, "test", "rax, rax");
    emit_insc(g->e, ">= 2^63", "js", "%s.big", l);
    emit_ins(g->e, cvt, "xmm0, rax");
    emit_ins(g->e, "jmp", "%s.done", l);
    emit_label(g->e, arena_printf("%s.big", l));
    emit_ins(g->e, "mov", "rcx, rax");
    emit_ins(g->e, "shr", "rcx, 1");
    emit_ins(g->e, "and", "eax, 1");
    emit_insc(g->e, "rcx = a/2, low bit kept for rounding", "or", "rcx, rax");
    emit_ins(g->e, cvt, "xmm0, rcx");
    emit_insc(g->e, "* 2", sse(in->is32, "addsd", "addss"), "xmm0, xmm0");
    emit_label(g->e, arena_printf("%s.done", l));
    store_float(g, in->dst, XMM0, in->is32);
}

void sel_itof(FuncGen *g, const IrInstr *in) {
    if (!in->sign) {
        sel_utof(g, in);
        return;
    }
    Reg r = def_reg(g, in->dst, XMM0);
    const char *src = vloc(g, in->a).kind == LOC_IMM
                          ? reg_name(use_reg(g, in->a, RAX), 8)
                          : sized_operand(g, in->a, 8);
    emit_ins(g->e, sse(in->is32, "cvtsi2sd", "cvtsi2ss"), "%s, %s", reg_name(r, 8), src);
    store_float(g, in->dst, r, in->is32);
}

// sel_ftou converts to an unsigned word as gc's floatToUint does: cvttsd2si
// is signed, so a value >= 2^63 has 2^63 subtracted first and the top bit
// ORed in afterwards (so 2^64 and above give 1<<63, as in gc).
static void sel_ftou(FuncGen *g, const IrInstr *in) {
    const char *l = local_label(g, "ftou");
    const char *cvt = sse(in->is32, "cvttsd2si", "cvttss2si");
    load_float(g, XMM0, in->a, in->is32);
    if (in->is32) {
        emit_insc(g->e, "2^63 as a float32", "mov", "eax, 0x5f000000");
        emit_ins(g->e, "movd", "xmm1, eax");
    } else {
        emit_insc(g->e, "2^63 as a float64", "mov", "rax, 0x43e0000000000000");
        emit_ins(g->e, "movq", "xmm1, rax");
    }
    emit_ins(g->e, sse(in->is32, "ucomisd", "ucomiss"), "xmm0, xmm1");
    emit_insc(g->e, ">= 2^63", "jae", "%s.big", l);
    emit_ins(g->e, cvt, "rax, xmm0");
    emit_ins(g->e, "jmp", "%s.done", l);
    emit_label(g->e, arena_printf("%s.big", l));
    emit_ins(g->e, sse(in->is32, "subsd", "subss"), "xmm0, xmm1");
    emit_ins(g->e, cvt, "rax, xmm0");
    emit_insc(g->e, "| 1<<63", "bts", "rax, 63");
    emit_label(g->e, arena_printf("%s.done", l));
    store_result(g, in->dst, RAX);
}

// sel_ftoi: width 4 converts to int32 (cvttsd2si eax: 1<<31 when out of
// range, as gc's CVTTSD2SL), sign-extended to the word; width 8 to int64.
void sel_ftoi(FuncGen *g, const IrInstr *in) {
    if (!in->sign) {
        sel_ftou(g, in);
        return;
    }
    const char *cvt = sse(in->is32, "cvttsd2si", "cvttss2si");
    const char *src = sized_operand(g, in->a, fwidth(in->is32));
    Reg r = def_reg(g, in->dst, RAX);
    if (in->width == 4) {
        emit_ins(g->e, cvt, "%s, %s", reg_name(r, 4), src);
        emit_ins(g->e, "movsxd", "%s, %s", reg_name(r, 8), reg_name(r, 4));
    } else {
        emit_ins(g->e, cvt, "%s, %s", reg_name(r, 8), src);
    }
    store_result(g, in->dst, r);
}

// sel_ftof: is32 is the destination's width.
void sel_ftof(FuncGen *g, const IrInstr *in) {
    Reg r = def_reg(g, in->dst, XMM0);
    if (in->is32)
        emit_ins(g->e, "cvtsd2ss", "%s, %s", reg_name(r, 8), sized_operand(g, in->a, 8));
    else
        emit_ins(g->e, "cvtss2sd", "%s, %s", reg_name(r, 8), sized_operand(g, in->a, 4));
    store_float(g, in->dst, r, in->is32);
}
