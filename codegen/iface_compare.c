// iface_compare.c: == and != on interface values (GO119-INTERNALS.md §6.1;
// = gc's walk/compare.go walkCompareInterface and the interface-vs-concrete
// case of walkCompare).
//
//     a == b      =>  a.tab == b.tab && efaceeq(a.tab, a.data, b.data)
//                     (ifaceeq for non-empty interfaces; both panic with
//                     "comparing uncomparable type T" for slices, maps, funcs)
//     a == nil    =>  a.tab == nil
//     a == c      =>  a._type == &type.C && *(*C)a.data == c      (c of type C,
//                     no runtime call; a non-empty a: tab != nil && tab._type == ...)
// != is the negation. Inside structs and arrays (compare.c), and in switch
// statements, interfaces compare through gen_iface_compare.
#include "lower.h"

static VReg negate_if_ne(Gen *g, Op op, VReg eq) {
    return op == OP_EQ ? eq : emit_binop(g, IR_XOR, eq, emit_const(g, 1));
}

// gen_iface_compare compares two interface values of type t (0/1):
//     r = 0 ; if x.tab == y.tab { r = efaceeq(x.tab, x.data, y.data) }
VReg gen_iface_compare(Gen *g, Op op, Type *t, Value x, Value y) {
    lower_note(g, "interface %s: equal type words, then the runtime compares the data "
                  "(gc: CMPQ + CALL runtime.%s)", op == OP_EQ ? "==" : "!=",
               is_empty_interface(t) ? "efaceeq" : "ifaceeq");
    VReg r = new_vreg(g);
    IrBlock *same = new_block(g, "ieq.sametab");
    IrBlock *differ = new_block(g, "ieq.differ");
    IrBlock *done = new_block(g, "ieq.done");
    emit_branch(g, emit_cmp(g, COND_EQ, x.w[0], y.w[0], false), same, differ);
    g->b = same;
    Value args[3] = {{1, {x.w[0]}}, {1, {x.w[1]}}, {1, {y.w[1]}}};
    int words[3] = {1, 1, 1};
    const char *fn = is_empty_interface(t) ? "runtime.efaceeq" : "runtime.ifaceeq";
    emit_mov(g, r, emit_call(g, fn, runtime_sig(3, words, 1), args, 3, 1).w[0]);
    emit_jmp(g, done);
    g->b = differ;
    emit_set_const(g, r, 0);
    start_block(g, done);
    return negate_if_ne(g, op, r);
}

// gen_dynamic_value is the C value an interface's data word stands for: the word
// itself for a pointer-shaped C (for a struct or array of one pointer, stored
// into a temporary, whose address is its Value), else the C it points to.
Value gen_dynamic_value(Gen *g, Type *c, VReg data) {
    if (!is_direct_iface(c))
        return gen_load(g, c, data);
    if (!is_aggregate(c))
        return (Value){1, {data}};
    VReg tmp = gen_temp(g, c);
    gen_store(g, ty_uintptr, tmp, (Value){1, {data}});
    return (Value){1, {tmp}};
}

// gen_compare_concrete compares the interface value iv (type it) with the
// value cv of the concrete type c, inline:
//     r = 0 ; if typeword(iv) == &type.C { r = dynamic_value(iv) == cv }
VReg gen_compare_concrete(Gen *g, Op op, Type *it, Value iv, Type *c, Value cv) {
    VReg r = new_vreg(g);
    IrBlock *same = new_block(g, "ieq.sametype");
    IrBlock *differ = new_block(g, "ieq.differ");
    IrBlock *done = new_block(g, "ieq.done");
    VReg typ = iv.w[0];
    if (!is_empty_interface(it)) {  // tab != nil && tab._type == &type.C
        IrBlock *tab = new_block(g, "ieq.tab");
        emit_branch(g, emit_cmp(g, COND_NE, typ, emit_const(g, 0), false), tab, differ);
        g->b = tab;
        typ = gen_load(g, ty_uintptr, gen_offset(g, typ, 8)).w[0];
    }
    emit_branch(g, emit_cmp(g, COND_EQ, typ, gen_type_addr(g, c), false), same, differ);
    g->b = same;
    emit_mov(g, r, gen_compare_values(g, OP_EQ, c, gen_dynamic_value(g, c, iv.w[1]), cv));  // arith.c
    emit_jmp(g, done);
    g->b = differ;
    emit_set_const(g, r, 0);
    start_block(g, done);
    return negate_if_ne(g, op, r);
}

static bool is_nil_operand(Node *x) {
    x = unparen(x);
    return x->kind == EXPR_IDENT && x->obj && x->obj->kind == OBJ_NIL;
}

// concrete_operand: the concrete value under an implied conversion (implicit.c).
static Node *concrete_operand(Node *x) {
    x = unparen(x);
    return x->kind == EXPR_CONV_IFACE && !is_interface(x->lhs->ty) ? x->lhs : NULL;
}

// gen_iface_compare_expr lowers x == y and x != y where x or y is an
// interface, operands left to right.
Value gen_iface_compare_expr(Gen *g, Node *e) {
    Node *l = e->lhs, *r = e->rhs;
    if (is_nil_operand(l) || is_nil_operand(r)) {  // tab == nil
        Value v = gen_expr(g, is_nil_operand(l) ? r : l);
        return (Value){1, {emit_cmp(g, e->op == OP_EQ ? COND_EQ : COND_NE, v.w[0], emit_const(g, 0), false)}};
    }
    Node *lc = concrete_operand(l), *rc = concrete_operand(r);
    if (lc || rc) {
        Value lv = gen_expr(g, lc ? lc : l);
        Value rv = gen_expr(g, rc ? rc : r);
        if (rc)
            return (Value){1, {gen_compare_concrete(g, e->op, l->ty, lv, rc->ty, rv)}};
        return (Value){1, {gen_compare_concrete(g, e->op, r->ty, rv, lc->ty, lv)}};
    }
    Value lv = gen_expr(g, l);
    Value rv = gen_expr(g, r);
    return (Value){1, {gen_iface_compare(g, e->op, l->ty, lv, rv)}};
}
