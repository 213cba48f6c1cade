// call.c: the prologue, calls and returns (docs/ABI.md; word placement in abi.c).
//
// Argument registers are filled, and incoming parameters taken, with a
// parallel move (parmove.c): a value may sit in the register another word
// needs. With every vreg in a slot (-N) that is one load or store per word.
#include "internal.h"

#include <string.h>

static Loc abi_reg(const WordLoc *w) { return loc_reg(reg_named(w->reg)); }

// save_callee_saved / restore_callee_saved keep the registers regalloc.c used
// in the save area at the top of the frame (frame.c).
static void save_callee_saved(FuncGen *g) {
    for (int i = 0; i < g->al->nsaved; i++)
        emit_insc(g->e, "callee-saved", "mov", "[rbp-%d], %s", g->fr->saved_offset[i],
                  reg_name(g->al->saved[i], 8));
}

static void restore_callee_saved(FuncGen *g) {
    for (int i = 0; i < g->al->nsaved; i++)
        emit_ins(g->e, "mov", "%s, [rbp-%d]", reg_name(g->al->saved[i], 8),
                 g->fr->saved_offset[i]);
}

// check_stack: a frame of BIG_FRAME bytes or more could reach past the guard
// page under a goroutine's stack into memory that is not the stack, so it is
// checked before it is made (as gc's prologue compares sp with
// g.stackguard0; smaller frames run into the guard page and fault):
//     if rsp - framesize < runtime.stackguard { runtime.morestack() }
// runtime.morestack only reports the overflow: mgc's stacks do not move.
// r11 carries nothing on entry (an indirect call's code pointer). The two
// symbols are declared here, since the frame size is known only now, after
// the file's extern list is written (nasm accepts a repeated extern).
static void check_stack(FuncGen *g) {
    emit_ins(g->e, "extern", "runtime.stackguard, runtime.morestack");
    emit_insc(g->e, "where the frame would end", "lea", "r11, [rsp-%d]", g->fr->size);
    emit_insc(g->e, "the running goroutine's stack limit", "cmp", "r11, [rel runtime.stackguard]");
    emit_ins(g->e, "jae", ".frame_fits");
    emit_insc(g->e, "fatal error: stack overflow", "call", "runtime.morestack");
    emit_label(g->e, ".frame_fits");
}

// sel_prologue: set up the frame, save the callee-saved registers used, then
// move the hidden result pointer, the closure context and every incoming
// parameter word (registers and caller's stack) to where it lives.
void sel_prologue(FuncGen *g) {
    const CallLayout *l = g->self;
    if (g->f->nparams != l->nargs)
        unreachable();
    emit_ins(g->e, "push", "rbp");
    emit_ins(g->e, "mov", "rbp, rsp");
    if (g->fr->size >= BIG_FRAME)
        check_stack(g);
    if (g->fr->size > 0)
        emit_ins(g->e, "sub", "rsp, %d", g->fr->size);
    save_callee_saved(g);
    Move *moves = arena_alloc(sizeof(Move) * (size_t)(l->nargs + 2));
    int n = 0;
    if (l->sret)
        moves[n++] = (Move){loc_mem(arena_printf("[rbp-%d]", g->fr->sret_offset)),
                            loc_reg(RDI), "hidden result pointer"};
    if (g->f->context)
        moves[n++] = (Move){vloc(g, g->f->context), loc_reg(R10), "closure context"};
    for (int w = 0; w < l->nargs; w++) {
        VReg v = g->f->params[w];
        if (v == 0)
            continue;   // an unused parameter word
        if (l->args[w].reg)
            moves[n++] = (Move){vloc(g, v), abi_reg(&l->args[w]), NULL};
        else
            moves[n++] = (Move){vloc(g, v),
                                loc_mem(arena_printf("[rbp+%d]", 16 + 8 * l->args[w].stack_index)),
                                arena_printf("stack argument word %d", l->args[w].stack_index)};
    }
    emit_parallel_move(g, moves, n);
}

// load_callee: an indirect call's code pointer goes in r11 and its closure
// context in r10, which carry no argument (docs/ABI.md §2).
static void load_callee(FuncGen *g, const IrInstr *in) {
    emit_move(g, loc_reg(R11), vloc(g, in->a), "code pointer");
    if (in->b)
        emit_move(g, loc_reg(R10), vloc(g, in->b), "closure context");
}

// pass_args stores the stack words at [rsp+8k], then fills the argument
// registers, then points rdi at the result area when results come back
// through memory. Optimized, the callee's registers are loaded first, since
// their sources may be argument registers.
static void pass_args(FuncGen *g, const IrInstr *in, const CallLayout *l) {
    if (in->nargs != l->nargs)
        unreachable();
    for (int w = 0; w < l->nargs; w++)
        if (!l->args[w].reg)
            emit_move(g, loc_mem(mem("rsp", 8 * l->args[w].stack_index)), vloc(g, in->args[w]),
                      NULL);
    if (g->opt && in->op == IR_CALL_IND)
        load_callee(g, in);
    Move *moves = arena_alloc(sizeof(Move) * (size_t)(l->nargs + 1));
    int n = 0;
    for (int w = 0; w < l->nargs; w++)
        if (l->args[w].reg)
            moves[n++] = (Move){abi_reg(&l->args[w]), vloc(g, in->args[w]), NULL};
    emit_parallel_move(g, moves, n);
    if (l->sret)
        emit_insc(g->e, "hidden result pointer", "lea", "rdi, [rbp-%d]", g->fr->result_offset);
    if (!g->opt && in->op == IR_CALL_IND)
        load_callee(g, in);
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
        if (l->results[w].reg)
            emit_move(g, vloc(g, v), abi_reg(&l->results[w]), NULL);
        else
            emit_move_via(g, vloc(g, v), loc_mem(mem("rax", 8 * l->results[w].stack_index)),
                          NULL, RCX);
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

// sel_wrapper_prologue: optimized code tests what wrapperprologue would
// test first, inline, and calls it only when a panic is running deferred
// calls (= the inline test of g._panic gc's WRAPPER prologue makes).
static void sel_wrapper_prologue(FuncGen *g, const IrInstr *in) {
    const char *skip = local_label(g, "wrap");
    emit_insc(g->e, "a panic running a deferred call?", "cmp",
              "qword [rel runtime.panic_defers], 0");
    emit_ins(g->e, "je", "%s", skip);
    emit_ins(g->e, "call", "%s", asm_symbol(in->sym));
    emit_label(g->e, skip);
}

// sel_call: rsp is already 16-byte aligned (frame.c).
void sel_call(FuncGen *g, const IrInstr *in) {
    if (g->opt && call_preserves_registers(in))
        return sel_wrapper_prologue(g, in);
    const CallLayout *l = abi_layout(in->sig);
    pass_args(g, in, l);
    if (in->op == IR_CALL)
        emit_insc(g->e, call_comment(in), "call", "%s", asm_symbol(in->sym));
    else
        emit_insc(g->e, in->noreturn ? "does not return" : NULL, "call", "r11");
    if (!in->noreturn)
        take_results(g, in, l);
}

// sel_ret loads the result words into rax/rdx and xmm0/xmm1, or writes them
// through the hidden pointer and returns that pointer in rax; then restores
// the callee-saved registers and the caller's frame.
void sel_ret(FuncGen *g, const IrInstr *in) {
    const CallLayout *l = g->self;
    if (in->nargs != l->nresults)
        unreachable();
    if (l->sret)
        emit_insc(g->e, "hidden result pointer", "mov", "rax, [rbp-%d]", g->fr->sret_offset);
    for (int w = 0; w < l->nresults; w++) {
        if (l->results[w].reg)
            emit_move(g, abi_reg(&l->results[w]), vloc(g, in->args[w]), NULL);
        else
            emit_move_via(g, loc_mem(mem("rax", 8 * l->results[w].stack_index)),
                          vloc(g, in->args[w]), NULL, RCX);
    }
    restore_callee_saved(g);
    emit_bare(g->e, NULL, "leave");
    emit_bare(g->e, NULL, "ret");
}
