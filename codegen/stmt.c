// stmt.c: statements (Go spec: Statements); assignments and declarations are
// in assign.c, variables in var.c.
#include "lower.h"

#include <string.h>

// ---- Control flow ---------------------------------------------------------------------

// gen_if lowers `if init; cond { body } else { els }`:
//     init ; branch cond, if.then, if.else
//     if.then: body ; jmp if.done
//     if.else: els  ; jmp if.done
static void gen_if(Gen *g, Node *s) {
    if (s->init)
        gen_stmt(g, s->init);
    IrBlock *then = new_block(g, "if.then");
    IrBlock *els = s->els ? new_block(g, "if.else") : NULL;
    IrBlock *done = new_block(g, "if.done");
    emit_branch(g, gen_ordered(g, s->cond).w[0], then, els ? els : done);
    g->b = then;
    gen_block(g, s->body);
    if (els) {
        if (!ir_block_terminated(g->b))
            emit_jmp(g, done);
        g->b = els;
        gen_stmt(g, s->els);
    }
    start_block(g, done);
}

// gen_for lowers `for init; cond; post { body }`:
//     init ; jmp for.cond
//     for.cond: branch cond, for.body, for.done
//     for.body: body ; jmp for.post       (continue jumps to for.post)
//     for.post: post ; jmp for.cond
//     for.done:                           (break jumps here)
static void gen_for(Gen *g, Node *s) {
    const char *label = take_label(g);
    if (s->init)
        gen_stmt(g, s->init);
    IrBlock *cond = new_block(g, "for.cond");
    IrBlock *body = new_block(g, "for.body");
    IrBlock *post = new_block(g, "for.post");
    IrBlock *done = new_block(g, "for.done");
    start_block(g, cond);
    if (s->cond)
        emit_branch(g, gen_ordered(g, s->cond).w[0], body, done);
    Loop loop = {.outer = g->loop, .brk = done, .cont = post, .label = label};
    g->loop = &loop;
    start_block(g, body);
    gen_block(g, s->body);
    g->loop = loop.outer;
    start_block(g, post);
    if (s->post)
        gen_stmt(g, s->post);
    emit_jmp(g, cond);
    g->b = done;
}

// gen_return lowers `return x, y` (or a bare return of the named results):
// the result values are split into their call words (docs/ABI.md §2).
//     ret w1, w2, ...
static void gen_return(Gen *g, Node *s) {
    Vec *types = &g->func_type->results;
    Value *vals = arena_alloc(sizeof(Value) * (size_t)(types->len + 1));
    if (s->list.len == 0) {
        for (int i = 0; i < g->results.len; i++)
            vals[i] = gen_read_var(g, VEC_AT(&g->results, i));
    } else {
        gen_values(g, &s->list, types->len, vals);
    if (s->list.len == 1 && types->len > 1)
        convert_tuple(g, s->list.items[0], (Type **)types->items, types->len, vals);  // tuple.c
    }
    if (gen_defer_return(g, vals))  // defer.c: set the results, run the deferred calls
        return;
    VReg *words = arena_alloc(sizeof(VReg) * (size_t)(irsig_result_words(g->f->sig) + 1));
    int nwords = 0;
    for (int i = 0; i < types->len; i++)
        push_result_words(g, VEC_AT(types, i), vals[i], words, &nwords);
    IrInstr *in = emit(g, IR_RET);
    in->args = words;
    in->nargs = nwords;
    g->b = new_block(g, "after.return");  // code after a return is unreachable
}

// take_label returns the label of the for or switch statement about to be
// lowered (set by its labeled statement), once.
const char *take_label(Gen *g) {
    const char *label = g->next_label;
    g->next_label = NULL;
    return label;
}

// label_block returns the block a label names, creating it on first use (a
// goto may come before its label).
static IrBlock *label_block(Gen *g, const char *name) {
    for (int i = 0; i < g->label_names.len; i++)
        if (strcmp(VEC_AT(&g->label_names, i), name) == 0)
            return VEC_AT(&g->label_blocks, i);
    IrBlock *b = new_block(g, arena_printf("label.%s", name));
    vec_push(&g->label_names, (void *)name);
    vec_push(&g->label_blocks, b);
    return b;
}

// branch_target finds where break or continue goes: the innermost enclosing
// for/switch (for continue: the innermost loop), or the one with the label.
static IrBlock *branch_target(Gen *g, Node *s) {
    for (Loop *l = g->loop; l; l = l->outer) {
        if (s->label && (!l->label || strcmp(l->label, s->label) != 0))
            continue;
        if (s->kind == STMT_BREAK)
            return l->brk;
        if (l->cont)
            return l->cont;
    }
    unreachable();  // the checker resolved every branch
}

// gen_branch lowers break, continue and goto: a jump, after which code is
// unreachable until the next label.
static void gen_branch(Gen *g, Node *s) {
    emit_jmp(g, s->kind == STMT_GOTO ? label_block(g, s->label) : branch_target(g, s));
    g->b = new_block(g, "after.branch");
}

// gen_labeled starts the label's block, so goto can reach it, and lets a
// labeled for or switch know its label.
static void gen_labeled(Gen *g, Node *s) {
    start_block(g, label_block(g, s->label));
    if (s->body->kind == STMT_FOR || s->body->kind == STMT_RANGE || s->body->kind == STMT_SWITCH ||
        s->body->kind == STMT_TYPE_SWITCH || s->body->kind == STMT_SELECT)
        g->next_label = s->label;
    gen_stmt(g, s->body);
}

// ---- The dispatcher ---------------------------------------------------------------------

// mark_stmt records where a statement starts: a `; file.go:LINE  text` comment
// in the assembly, and a %line directive under -g.
static void mark_stmt(Gen *g, Node *s) {
    g->pos = s->pos;
    IrInstr *in = emit(g, IR_STMT);
    in->text = source_line_at(s->pos);
}

void gen_block(Gen *g, Node *block) {
    for (int i = 0; i < block->list.len; i++)
        gen_stmt(g, block->list.items[i]);
}

void gen_stmt(Gen *g, Node *s) {
    if (s->kind != STMT_BLOCK && s->kind != STMT_EMPTY)
        mark_stmt(g, s);
    switch (s->kind) {
    case STMT_EMPTY: return;
    case STMT_EXPR: gen_ordered(g, s->lhs); return;              // order.c
    case STMT_DEFINE: gen_assign(g, s); return;
    case STMT_ASSIGN:
        if (s->op)
            gen_op_assign(g, s, s->lhs_list.items[0], s->rhs_list.items[0], s->op);
        else
            gen_assign(g, s);
        return;
    case STMT_INCDEC: gen_incdec(g, s); return;
    case STMT_DECL: gen_local_decl(g, s->decl); return;
    case STMT_BLOCK: gen_block(g, s); return;
    case STMT_IF: gen_if(g, s); return;
    case STMT_FOR: gen_for(g, s); return;
    case STMT_RANGE: gen_range(g, s); return;             // range.c
    case STMT_SWITCH: gen_switch(g, s); return;           // switch.c
    case STMT_TYPE_SWITCH: gen_type_switch(g, s); return; // typeswitch.c
    case STMT_FALLTHROUGH: return;                        // switch.c jumps to the next clause
    case STMT_RETURN: gen_return(g, s); return;
    case STMT_BREAK:
    case STMT_CONTINUE:
    case STMT_GOTO: gen_branch(g, s); return;
    case STMT_LABELED: gen_labeled(g, s); return;
    case STMT_DEFER: gen_defer(g, s); return;             // defer.c
    case STMT_GO: gen_go(g, s); return;                   // go.c
    case STMT_SEND: gen_send(g, s); return;               // chan.c
    case STMT_SELECT: gen_select(g, s); return;           // select.c
    default: unreachable();  // the checker accepts no other statement
    }
}
