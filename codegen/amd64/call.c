// call.c: the prologue, calls and returns (docs/ABI.md; word placement in abi.c).
//
// Every argument is read from a stack slot, never from a register, so the
// argument registers can be filled in any order without clobbering each other.
#include "internal.h"

#include <string.h>

// word_to_reg / word_from_reg move one word between a vreg slot and a register
// of its class.
static void word_to_reg(FuncGen *g, const WordLoc *loc, VReg v) {
    emit_ins(g->e, loc->cls == CLASS_FLOAT ? "movsd" : "mov", "%s, %s", loc->reg, vslot(g, v));
}

static void word_from_reg(FuncGen *g, const WordLoc *loc, VReg v) {
    emit_ins(g->e, loc->cls == CLASS_FLOAT ? "movsd" : "mov", "%s, %s", vslot(g, v), loc->reg);
}

// sel_prologue: set up the frame, then copy every incoming parameter word
// (registers and caller's stack) into its vreg slot.
void sel_prologue(FuncGen *g) {
    const CallLayout *l = g->self;
    if (g->f->nparams != l->nargs)
        unreachable();
    emit_ins(g->e, "push", "rbp");
    emit_ins(g->e, "mov", "rbp, rsp");
    if (g->fr->size > 0)
        emit_ins(g->e, "sub", "rsp, %d", g->fr->size);
    if (l->sret)
        emit_insc(g->e, "hidden result pointer", "mov", "[rbp-%d], rdi", g->fr->sret_offset);
    if (g->f->context)
        emit_insc(g->e, "closure context", "mov", "%s, r10", vslot(g, g->f->context));
    for (int w = 0; w < l->nargs; w++) {
        VReg v = g->f->params[w];
        if (v == 0)
            continue;   // an unused parameter word
        if (l->args[w].reg) {
            word_from_reg(g, &l->args[w], v);
            continue;
        }
        emit_insc(g->e, arena_printf("stack argument word %d", l->args[w].stack_index), "mov",
                  "rax, [rbp+%d]", 16 + 8 * l->args[w].stack_index);
        emit_ins(g->e, "mov", "%s, rax", vslot(g, v));
    }
}

// pass_args stores the stack words at [rsp+8k], then loads the register words,
// then points rdi at the result area when results come back through memory.
static void pass_args(FuncGen *g, const IrInstr *in, const CallLayout *l) {
    if (in->nargs != l->nargs)
        unreachable();
    for (int w = 0; w < l->nargs; w++) {
        if (l->args[w].reg)
            continue;
        emit_ins(g->e, "mov", "rax, %s", vslot(g, in->args[w]));
        emit_ins(g->e, "mov", "%s, rax", mem("rsp", 8 * l->args[w].stack_index));
    }
    for (int w = 0; w < l->nargs; w++)
        if (l->args[w].reg)
            word_to_reg(g, &l->args[w], in->args[w]);
    if (l->sret)
        emit_insc(g->e, "hidden result pointer", "lea", "rdi, [rbp-%d]", g->fr->result_offset);
}

// take_results copies the result words into their vregs: from rax/rdx and
// xmm0/xmm1, or from the memory the callee returned in rax.
static void take_results(FuncGen *g, const IrInstr *in, const CallLayout *l) {
    if (in->nresults == 0)
        return;   // results unused
    if (in->nresults != l->nresults)
        unreachable();
    for (int w = 0; w < l->nresults; w++) {
        VReg v = in->results[w];
        if (v == 0)
            continue;
        if (l->results[w].reg) {
            word_from_reg(g, &l->results[w], v);
            continue;
        }
        emit_ins(g->e, "mov", "rcx, %s", mem("rax", 8 * l->results[w].stack_index));
        emit_ins(g->e, "mov", "%s, rcx", vslot(g, v));
    }
}

static const char *call_comment(const IrInstr *in) {
    bool mangled = in->op == IR_CALL && symbol_escaped(in->sym);
    if (mangled && in->noreturn)
        return arena_printf("%s, does not return", in->sym);
    if (mangled)
        return in->sym;
    return in->noreturn ? "does not return" : NULL;
}

// sel_call: rsp is already 16-byte aligned (frame.c), and the code pointer of
// an indirect call goes in r11 and its closure context in r10, which carry no
// argument (docs/ABI.md §2).
void sel_call(FuncGen *g, const IrInstr *in) {
    const CallLayout *l = abi_layout(in->sig);
    pass_args(g, in, l);
    if (in->op == IR_CALL) {
        const char *sym = asm_symbol(in->sym);
        emit_insc(g->e, call_comment(in), "call", "%s", sym);
    } else {
        emit_insc(g->e, "code pointer", "mov", "r11, %s", vslot(g, in->a));
        if (in->b)
            emit_insc(g->e, "closure context", "mov", "r10, %s", vslot(g, in->b));
        emit_insc(g->e, in->noreturn ? "does not return" : NULL, "call", "r11");
    }
    if (!in->noreturn)
        take_results(g, in, l);
}

// sel_ret loads the result words into rax/rdx and xmm0/xmm1, or writes them
// through the hidden pointer and returns that pointer in rax.
void sel_ret(FuncGen *g, const IrInstr *in) {
    const CallLayout *l = g->self;
    if (in->nargs != l->nresults)
        unreachable();
    if (l->sret)
        emit_insc(g->e, "hidden result pointer", "mov", "rax, [rbp-%d]", g->fr->sret_offset);
    for (int w = 0; w < l->nresults; w++) {
        if (l->results[w].reg) {
            word_to_reg(g, &l->results[w], in->args[w]);
            continue;
        }
        emit_ins(g->e, "mov", "rcx, %s", vslot(g, in->args[w]));
        emit_ins(g->e, "mov", "%s, rcx", mem("rax", 8 * l->results[w].stack_index));
    }
    emit_bare(g->e, NULL, "leave");
    emit_bare(g->e, NULL, "ret");
}
