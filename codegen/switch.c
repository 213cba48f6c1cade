// switch.c: expression switches (Go spec: Switch statements; = gc's
// walkSwitchExpr without its binary search of constant cases).
//
// The tag is evaluated once; the cases are tested top to bottom and left to
// right, and the first match runs its clause; the default clause runs when no
// case matches, wherever it is written:
//     t = tag
//     if t == c1 || t == c2 { goto switch.case0 }
//     if t == c3 { goto switch.case1 }
//     goto switch.case<default> (or switch.done)
//     switch.case0: body0 ; goto switch.done     (fallthrough: goto switch.case1)
//     switch.case1: body1 ; goto switch.done
//     switch.done:                               (break jumps here)
#include "lower.h"

// gen_case_match compares the tag (of type t) with a case value (of type
// ct): a concrete tag with an interface case compares as `c == tag`, inline
// (iface_compare.c).
static VReg gen_case_match(Gen *g, Type *t, Value tag, Type *ct, Value v) {
    if (is_interface(ct) && !is_interface(t))
        return gen_compare_concrete(g, OP_EQ, ct, v, t, tag);
    return gen_compare_values(g, OP_EQ, t, tag, v);
}

// gen_case_tests branches to bodies[i] when a value of clause i equals the tag.
static void gen_case_tests(Gen *g, Node *s, Value tag, IrBlock **bodies) {
    Type *t = s->tag_expr ? s->tag_expr->ty : NULL;
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        for (int k = 0; k < clause->list.len; k++) {
            Node *e = clause->list.items[k];
            Value v = gen_expr(g, e);
            VReg match = t ? gen_case_match(g, t, tag, e->ty, v) : v.w[0];
            IrBlock *next = new_block(g, "switch.next");
            emit_branch(g, match, bodies[i], next);
            g->b = next;
        }
    }
}

void gen_switch(Gen *g, Node *s) {
    const char *label = take_label(g);
    if (s->init)
        gen_stmt(g, s->init);
    Value tag = s->tag_expr ? gen_ordered(g, s->tag_expr) : (Value){0};
    int n = s->list.len;
    IrBlock **bodies = arena_alloc(sizeof(IrBlock *) * (size_t)(n + 1));
    IrBlock *dflt = NULL;
    for (int i = 0; i < n; i++) {
        bodies[i] = new_block(g, "switch.case");
        if (((Node *)s->list.items[i])->list.len == 0)
            dflt = bodies[i];
    }
    IrBlock *done = new_block(g, "switch.done");
    gen_case_tests(g, s, tag, bodies);
    emit_jmp(g, dflt ? dflt : done);
    Loop brk = {.outer = g->loop, .brk = done, .cont = g->loop ? g->loop->cont : NULL,
                .label = label};
    g->loop = &brk;
    for (int i = 0; i < n; i++) {
        Node *body = ((Node *)s->list.items[i])->body;
        g->b = bodies[i];
        gen_block(g, body);
        bool falls = body->list.len && ((Node *)body->list.items[body->list.len - 1])->kind ==
                                           STMT_FALLTHROUGH;
        if (!ir_block_terminated(g->b))
            emit_jmp(g, falls ? bodies[i + 1] : done);
    }
    g->loop = brk.outer;
    g->b = done;
}
