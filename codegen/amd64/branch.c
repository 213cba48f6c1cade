// branch.c: jumps, branches, and integer compares, alone or fused with the
// branch that reads them.
//
// A compare whose 0/1 result only the next branch reads (regalloc.c marks it)
// is not materialized:
//     v3 = cmp.lt v1, v2            cmp   rbx, rsi
//     br v3, b4, b5         =>      jl    .L4         (or jge .L5 when b4 follows)
// and a branch on a value tests it directly: test r, r / cmp qword [slot], 0.
#include "internal.h"

void sel_jmp(FuncGen *g, const IrInstr *in) {
    if (in->target == g->next_block)
        emit_note(g->e, "falls through to %s", block_label(in->target));
    else
        emit_ins(g->e, "jmp", "%s", block_label(in->target));
}

// jump_on jumps to br's target when jtrue holds and to target2 otherwise
// (jfalse is jtrue's negation), jumping only where the layout does not fall
// through.
void jump_on(FuncGen *g, const IrInstr *br, const char *jtrue, const char *jfalse) {
    if (br->target == g->next_block) {
        emit_ins(g->e, jfalse, "%s", block_label(br->target2));
        return;
    }
    emit_ins(g->e, jtrue, "%s", block_label(br->target));
    if (br->target2 != g->next_block)
        emit_ins(g->e, "jmp", "%s", block_label(br->target2));
}

static Cond swapped(Cond c) {
    switch (c) {
    case COND_LT: return COND_GT;
    case COND_LE: return COND_GE;
    case COND_GT: return COND_LT;
    case COND_GE: return COND_LE;
    default:      return c;
    }
}

static Cond negated(Cond c) {
    switch (c) {
    case COND_EQ: return COND_NE;
    case COND_NE: return COND_EQ;
    case COND_LT: return COND_GE;
    case COND_LE: return COND_GT;
    case COND_GT: return COND_LE;
    case COND_GE: return COND_LT;
    }
    unreachable();
}

// compare_ints sets the flags for a (cond) b and returns the condition to
// test, swapped when the operands had to be: an immediate goes second, a
// register against 0 is `test r, r`, memory may be either side of a register.
Cond compare_ints(FuncGen *g, const IrInstr *in) {
    VReg a = in->a, b = in->b;
    Cond c = in->cond;
    int64_t imm;
    if (vreg_imm(g, a, &imm) && !vreg_imm(g, b, &imm))
        a = in->b, b = in->a, c = swapped(c);
    Reg ra = vreg_reg(g, a);
    bool b_imm = vreg_imm(g, b, &imm);
    if (ra != NO_REG && b_imm && imm == 0)
        emit_ins(g->e, "test", "%s, %s", reg_name(ra, 8), reg_name(ra, 8));
    else if (ra == NO_REG && vloc(g, a).kind == LOC_MEM && (b_imm || vreg_reg(g, b) != NO_REG))
        emit_ins(g->e, "cmp", "%s, %s", sized_operand(g, a, 8), operand(g, b));
    else
        emit_ins(g->e, "cmp", "%s, %s", reg_name(use_reg(g, a, RAX), 8), operand(g, b));
    return c;
}

// jcc is the conditional jump for c: the set<cc> mnemonic with 'j' for "set".
static const char *jcc(Cond c, bool sign) { return arena_printf("j%s", setcc(c, sign) + 3); }

// constant_branch: the condition is a folded constant, the branch a jump.
static void constant_branch(FuncGen *g, const IrInstr *in, int64_t imm) {
    IrInstr jmp = *in;
    jmp.op = IR_JMP;
    jmp.target = imm ? in->target : in->target2;
    sel_jmp(g, &jmp);
}

static void branch_on_cmp(FuncGen *g, const IrInstr *cmp, const IrInstr *br) {
    int64_t a, b;
    if (vreg_imm(g, cmp->a, &a) && vreg_imm(g, cmp->b, &b))
        return constant_branch(g, br, ir_eval_cond(cmp->cond, cmp->sign, a, b));
    Cond c = compare_ints(g, cmp);
    jump_on(g, br, jcc(c, cmp->sign), jcc(negated(c), cmp->sign));
}

// sel_branch tests a != 0 and jumps to whichever target does not simply
// follow in the layout.
void sel_branch(FuncGen *g, const IrInstr *in) {
    const IrInstr *cmp = g->fused_cmp;
    int64_t imm;
    g->fused_cmp = NULL;
    if (cmp && cmp->dst == in->a && cmp->op == IR_CMP)
        return branch_on_cmp(g, cmp, in);
    if (cmp && cmp->dst == in->a)
        return sel_fbranch(g, cmp, in);   // float.c
    if (cmp)
        unreachable();   // regalloc.c fuses a compare only with the branch right after it
    if (vreg_imm(g, in->a, &imm))
        return constant_branch(g, in, imm);
    Reg r = vreg_reg(g, in->a);
    if (r != NO_REG)
        emit_ins(g->e, "test", "%s, %s", reg_name(r, 8), reg_name(r, 8));
    else
        emit_ins(g->e, "cmp", "qword %s, 0", vslot(g, in->a));
    jump_on(g, in, "jne", "je");
}
