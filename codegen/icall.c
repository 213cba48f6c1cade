// icall.c: method calls through interfaces (GO119-INTERNALS.md §4; = gc's
// ssagen getClosureAndRcvr), interface method values and method expressions.
//
// An interface's methods are numbered in its sorted method list (embedded
// interfaces' methods included); method k is the code pointer fun[k] of the
// itab, at offset 24 + 8k. Its receiver is the data word:
//     i.M(args)   =>   code = load [i.tab + 24 + 8k] ; r = call code(i.data, args...)
// A nil interface has tab 0: the load faults at address 0x18 + 8k, and the
// SIGSEGV handler raises Go's nil-pointer panic (gc folds its nil check into
// the same load).
#include "lower.h"

#include <string.h>

bool is_iface_method(Selection *sel) { return sel && sel->method && !sel->method->func; }

int iface_method_index(Type *iface, const char *name) {
    Vec *ms = interface_methods(iface);
    for (int k = 0; k < ms->len; k++)
        if (strcmp(((Method *)VEC_AT(ms, k))->name, name) == 0)
            return k;
    unreachable();  // the checker found the method in the interface
}

// data_receiver_type is m's signature with the data word (a pointer) as its
// first parameter: what fun[k] takes.
static Type *data_receiver_type(Method *m) {
    Type *t = NEW(Type);
    *t = *m->type;
    t->params = (Vec){0};
    vec_push(&t->params, new_pointer(ty_uint8));
    for (int i = 0; i < m->type->params.len; i++)
        vec_push(&t->params, VEC_AT(&m->type->params, i));
    return t;
}

// gen_itab_fun loads fun[k] of the itab tab for m, the k-th method of iface.
static VReg gen_itab_fun(Gen *g, Type *iface, Method *m, VReg tab) {
    int k = iface_method_index(iface, m->name);
    lower_note(g, "%s.%s: fun[%d] of the itab, at tab+%d; a nil tab faults at 0x%x "
                 "(gc: MOVQ %d(AX), CX; CALL CX)",
              type_string(iface), m->name, k, 24 + 8 * k, 24 + 8 * k, 24 + 8 * k);
    IrInstr *in = emit(g, IR_LOAD);
    in->dst = new_vreg(g);
    in->a = tab;
    in->imm = 24 + 8 * k;
    in->width = 8;
    return in->dst;
}

// gen_iface_receiver evaluates the interface value of i.M: i itself, or the
// embedded interface field at the end of i's path (struct{ I }).
static Value gen_iface_receiver(Gen *g, Node *sel_expr, Type **iface) {
    Selection *sel = sel_expr->sel;
    Node *x = sel_expr->lhs;
    if (sel->depth == 1) {
        *iface = x->ty;
        return gen_expr(g, x);
    }
    VReg addr = gen_path_addr(g, x, sel, sel->depth - 1, iface);  // addr.c
    return gen_load(g, *iface, addr);
}

// call_fun calls the method m of an interface through code with the data
// word as receiver and the other arguments in rest (`at`: the call's `(`,
// where -m reports it if it is devirtualized and inlined).
static Value call_fun(Gen *g, Pos at, Method *m, VReg code, VReg data, Value *rest) {
    Type *full = data_receiver_type(m);
    Value *args = arena_alloc(sizeof(Value) * (size_t)(full->params.len + 1));
    args[0] = (Value){1, {data}};
    for (int i = 1; i < full->params.len; i++)
        args[i] = rest[i - 1];
    return gen_go_call(g, at, NULL, code, 0, full, args);
}

// gen_iface_call lowers i.M(args) for an interface method M:
//     code = load [tab + 24 + 8k] ; r = call code(data, args...)
Value gen_iface_call(Gen *g, Node *call, Node *sel_expr) {
    Method *m = sel_expr->sel->method;
    Type *iface;
    Value iv = gen_iface_receiver(g, sel_expr, &iface);
    Value *rest = gen_args(g, call, m->type);  // call.c
    VReg code = gen_itab_fun(g, iface, m, iv.w[0]);
    return call_fun(g, call->op_pos, m, code, iv.w[1], rest);
}

// gen_iface_deferred_fun evaluates, at `defer i.M(args)`, what the deferred
// call needs of i: {fun[k], data}. Loading fun[k] there faults for a nil i
// at the defer statement, as in gc.
Value gen_iface_deferred_fun(Gen *g, Node *sel_expr) {
    Type *iface;
    Value iv = gen_iface_receiver(g, sel_expr, &iface);
    return (Value){2, {gen_itab_fun(g, iface, sel_expr->sel->method, iv.w[0]), iv.w[1]}};
}

// gen_iface_deferred_call makes the deferred call with fun = {fun[k], data}.
Value gen_iface_deferred_call(Gen *g, Node *call, Method *m, Value fun) {
    return call_fun(g, (Pos){0}, m, fun.w[0], fun.w[1], gen_args(g, call, m->type));
}

// gen_iface_forward ends a wrapper being lowered by calling method m of the
// interface value iv with the wrapper's parameters from `word` on.
static void gen_iface_forward(Gen *g, Type *iface, Method *m, Value iv, int word) {
    VReg code = gen_itab_fun(g, iface, m, iv.w[0]);
    gen_forward(g, NULL, code, data_receiver_type(m), (Value){1, {iv.w[1]}}, word);  // method.c
}

// gen_iface_wrapper_body finishes the wrapper of a method promoted from an
// embedded interface field (struct{ I }): the interface is at addr.
void gen_iface_wrapper_body(Gen *g, Type *iface, Method *m, VReg addr, int word) {
    gen_iface_forward(g, iface, m, gen_load(g, iface, addr), word);
}

// ---- Method values and method expressions ----------------------------------------------

static bool func_exists(Gen *g, const char *sym) {
    for (int i = 0; i < g->m->funcs.len; i++)
        if (strcmp(((IrFunc *)VEC_AT(&g->m->funcs, i))->name, sym) == 0)
            return true;
    return false;
}

// gen_iface_value_wrapper emits (once) I.M-fm, the code of the method value
// i.M: it calls M through the interface its closure holds at [ctx+8].
static const char *gen_iface_value_wrapper(Gen *g, Type *iface, Method *m) {
    const char *sym = arena_printf("%s.%s-fm", type_link_string(iface), m->name);
    if (func_exists(g, sym))
        return sym;
    Gen w = *g;
    begin_func(&w, sym, sig_of(m->type), m->type, m->pos);
    w.f->autogenerated = true;
    w.f->context = new_vreg(&w);
    emit_wrapper_prologue(&w);  // defer.c: gc's WRAPPER, transparent to recover
    gen_iface_forward(&w, iface, m, gen_load(&w, iface, gen_offset(&w, w.f->context, 8)), 0);
    return sym;
}

// gen_iface_method_value lowers the method value i.M (= walkMethodValue): a
// nil i panics now, at the itab's nil check, not when the value is called:
//     check tab ; fv = newobject({code, tab, data}) ; fv.code = I.M-fm
Value gen_iface_method_value(Gen *g, Node *e) {
    Method *m = e->sel->method;
    Type *iface;
    Value iv = gen_iface_receiver(g, e, &iface);
    gen_nil_check(g, iv.w[0]);  // addr.c
    return gen_bound_closure(g, e, gen_iface_value_wrapper(g, iface, m), iface, iv);  // closure.c
}

// gen_iface_method_expr lowers I.M used as a value: the static funcval of the
// stub main.I.M(i I, args...), which calls M through i's itab (= gc's
// interface method-expression stubs).
Value gen_iface_method_expr(Gen *g, Node *e) {
    Type *iface = e->sel->recv;
    Method *m = e->sel->method;
    const char *sym = arena_printf("%s.%s", type_link_string(iface), m->name);
    if (!func_exists(g, sym)) {
        Type *full = e->ty;  // func(I, params...) results
        Gen w = *g;
        begin_func(&w, sym, sig_of(full), full, m->pos);
        w.f->autogenerated = true;
        emit_wrapper_prologue(&w);
        int word = 0;
        Value iv = value_from_abi_words(&w, iface, w.f->params, &word);
        gen_iface_forward(&w, iface, m, iv, word);
    }
    return gen_func_value(g, sym);
}
