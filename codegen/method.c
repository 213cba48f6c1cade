// method.c: methods on defined types (Go spec: Method declarations, Method
// values, Method expressions; = gc's methodWrapper in reflectdata and
// walk/closure.go's method values).
//
// A method is a function whose first parameter is the receiver:
//     func (r Rect) Area() int      =>  main.Rect.Area(r Rect) int
//     func (p *Rect) Scale(k int)   =>  main.(*Rect).Scale(p *Rect, k int)
// A call x.M(a) finds the receiver through x's embedded fields, taking &x or
// *x as M's receiver type asks (Go spec: Calls, "x.m() is shorthand for
// (&x).m()"), then calls the method directly.
#include "lower.h"

#include <string.h>

static const char *type_name_of(Type *t) {
    return t->obj ? t->obj->name : type_string(t);
}

const char *method_symbol(Type *recv, const char *name) {
    if (is_pointer(recv)) {
        Type *t = underlying(recv)->elem;
        return arena_printf("%s.(*%s).%s", object_pkg(t->obj), type_name_of(t), name);
    }
    return arena_printf("%s.%s.%s", object_pkg(recv->obj), type_name_of(recv), name);
}

// with_receiver is the function type of a method with its receiver type
// prepended to the parameters.
static Type *with_receiver(Type *recv, Type *sig) {
    Type *t = NEW(Type);
    *t = *sig;
    t->params = (Vec){0};
    vec_push(&t->params, recv);
    for (int i = 0; i < sig->params.len; i++)
        vec_push(&t->params, VEC_AT(&sig->params, i));
    return t;
}

Type *method_func_type(Node *fn) { return with_receiver(fn->recv->type->ty, fn->ty); }

// bind_receiver binds a method's receiver, the first parameter words.
void bind_receiver(Gen *g, Node *fn, int *word) {
    Type *recv = fn->recv->type->ty;
    Value v = value_from_abi_words(g, recv, g->f->params, word);
    Object *o = fn->recv->names.len ? ((Node *)fn->recv->names.items[0])->obj : NULL;
    if (o && strcmp(o->name, "_") != 0)
        bind_param(g, o, v);
}

// ---- Calls ------------------------------------------------------------------------------

// gen_receiver evaluates the receiver of x.M for a call or method value: the
// value or pointer at the end of x's path of embedded fields, as M wants it.
// A nil *T receiver of a pointer method is passed as is (no nil check).
// load_receiver reads the value a pointer receiver points to, for a value
// method; a nil pointer panics even when the value has no bytes to read
// (gc's nil check).
static Value load_receiver(Gen *g, Type *recv, VReg p) {
    gen_nil_check(g, p);  // addr.c
    return gen_load(g, recv, p);
}

Value gen_receiver(Gen *g, Node *sel_expr) {
    Selection *sel = sel_expr->sel;
    Node *x = sel_expr->lhs;
    bool want_ptr = sel->method->ptr_recv;
    Type *recv = sel->method->func->recv;
    int steps = sel->depth - 1;  // the embedded fields before the method
    if (steps == 0) {
        if (is_pointer(x->ty)) {
            Value p = gen_expr(g, x);
            return want_ptr ? p : load_receiver(g, recv, p.w[0]);
        }
        return want_ptr ? (Value){1, {gen_addr(g, x)}} : gen_expr(g, x);
    }
    Type *at;
    VReg addr = gen_path_addr(g, x, sel, steps, &at);  // addr.c
    if (is_pointer(at)) {
        VReg p = gen_load(g, at, addr).w[0];
        return want_ptr ? (Value){1, {p}} : load_receiver(g, recv, p);
    }
    return want_ptr ? (Value){1, {addr}} : gen_load(g, recv, addr);
}

// gen_method_call lowers x.M(args) for a method of a defined type:
//     r = call main.T.M(recv, args...)
Value gen_method_call(Gen *g, Node *call, Node *sel_expr) {
    if (is_iface_method(sel_expr->sel))
        return gen_iface_call(g, call, sel_expr);  // icall.c
    return gen_method_call_with(g, call, sel_expr->sel->method, gen_receiver(g, sel_expr));
}

// gen_method_call_with calls M with the receiver recv, already evaluated
// (also by defer.c, at the defer statement), and the call's arguments.
Value gen_method_call_with(Gen *g, Node *call, Method *m, Value recv) {
    Type *full = with_receiver(m->func->recv, m->type);
    Value *rest = gen_args(g, call, m->type);  // call.c
    Value *args = arena_alloc(sizeof(Value) * (size_t)(full->params.len + 1));
    args[0] = recv;
    for (int i = 1; i < full->params.len; i++)
        args[i] = rest[i - 1];
    Value r = gen_go_call(g, call->op_pos, method_symbol(m->func->recv, m->name), 0, 0, full, args);
    note_noescape_args(g, m->func, full);  // call.c
    return r;
}

// ---- Wrappers -------------------------------------------------------------------------------

// gen_forward emits, in a wrapper being lowered, the call of sym (or of the
// code pointer `code`, when sym is NULL) with recv and the wrapper's own
// parameter words (from word on), and returns its results.
void gen_forward(Gen *g, const char *sym, VReg code, Type *full, Value recv, int word) {
    Value *args = arena_alloc(sizeof(Value) * (size_t)(full->params.len + 1));
    args[0] = recv;
    for (int i = 1; i < full->params.len; i++)
        args[i] = value_from_abi_words(g, VEC_AT(&full->params, i), g->f->params, &word);
    Value all = gen_go_call(g, (Pos){0}, sym, code, 0, full, args);
    Value *results = arena_alloc(sizeof(Value) * (size_t)(full->results.len + 1));
    split_values(all, (Type **)full->results.items, full->results.len, results);
    VReg *words = arena_alloc(sizeof(VReg) * (size_t)(irsig_result_words(g->f->sig) + 1));
    int n = 0;
    for (int i = 0; i < full->results.len; i++)
        push_result_words(g, VEC_AT(&full->results, i), results[i], words, &n);
    IrInstr *ret = emit(g, IR_RET);
    ret->args = words;
    ret->nargs = n;
}

// WantedMethod is a method symbol a type descriptor refers to (typedata.c):
// the method M of recv's method set, reached through sel.
typedef struct WantedMethod {
    Type *recv;
    Selection *sel;
    const char *sym;
} WantedMethod;

const char *want_method(Gen *g, Type *recv, Selection *sel, const char *sym) {
    WantedMethod *w = NEW(WantedMethod);
    *w = (WantedMethod){recv, sel, sym};
    vec_push(&g->shared->wanted_methods, w);
    return sym;
}

// gen_nil_receiver_check panics, as gc's wrappers do, when a value method is
// called through a nil pointer:
//     if p == nil { panicwrap("main", "T", "M") }
static void gen_nil_receiver_check(Gen *g, VReg p, Type *t, const char *method) {
    IrBlock *fail = new_block(g, "wrap.nil");
    IrBlock *ok = new_block(g, "wrap.ok");
    emit_branch(g, emit_cmp(g, COND_EQ, p, emit_const(g, 0), false), fail, ok);
    g->b = fail;
    const char *parts[3] = {object_pkg(t->obj), type_name_of(t), method};
    Value args[3];
    int words[3] = {2, 2, 2};
    for (int i = 0; i < 3; i++)
        args[i] = (Value){2, {gen_string_data(g, parts[i], strlen(parts[i])),
                              emit_const(g, (int64_t)strlen(parts[i]))}};
    emit_noreturn_call(g, "runtime.panicwrap", runtime_sig(3, words, 0), args, 3);
    g->b = ok;
}

// gen_wrapper emits w->sym, the method M of w->recv's method set when it is
// not M's own function: the pointer wrapper (*T).M of a value method, or a
// method promoted from an embedded field (= gc's methodWrapper):
//     main.(*T).M(p, args) { if p == nil { panicwrap() } ; return main.T.M(*p, args) }
//     main.S.M(s, args)    { return main.E.M(s.E, args) }     (E embedded in S)
static void gen_wrapper(Gen *g, WantedMethod *want) {
    Method *m = want->sel->method;
    Type *recv = want->recv;
    Type *full = with_receiver(recv, m->type);
    Gen w = *g;
    begin_func(&w, want->sym, sig_of(full), full, m->pos);
    w.f->autogenerated = true;
    emit_wrapper_prologue(&w);  // defer.c: gc's WRAPPER, transparent to recover
    int word = 0;
    Value r = value_from_abi_words(&w, recv, w.f->params, &word);
    Type *t = recv;
    VReg addr = r.w[0];  // the address of the T (a pointer, or an aggregate's copy)
    if (is_pointer(recv)) {
        t = underlying(recv)->elem;
        if (want->sel->depth == 1 && !m->ptr_recv)
            gen_nil_receiver_check(&w, addr, t, m->name);
    }
    Type *at;
    addr = gen_path_from(&w, addr, t, want->sel, want->sel->depth - 1, &at);
    bool via_pointer = is_pointer(at);  // the value is behind an embedded pointer, unchecked
    if (via_pointer)
        addr = gen_load(&w, at, addr).w[0];
    if (is_iface_method(want->sel)) {  // promoted from an embedded interface (icall.c)
        gen_iface_wrapper_body(&w, at, m, addr, word);
        ir_prune_unreachable(w.f);
        return;
    }
    Type *target = m->func->recv;
    Value target_recv = m->ptr_recv   ? (Value){1, {addr}}
                        : via_pointer ? load_receiver(&w, target, addr)
                                      : gen_load(&w, target, addr);
    gen_forward(&w, method_symbol(target, m->name), 0, with_receiver(target, m->type), target_recv, word);
    ir_prune_unreachable(w.f);
}

// is_own_method: is the wanted symbol M's own function, declared by the
// method declaration (perhaps without a body, in C in runtime/: a library
// stub's syscall.Errno.Error)?
static bool is_own_method(WantedMethod *w) {
    Method *m = w->sel->method;
    return w->sel->depth == 1 && !is_iface_method(w->sel) && (m->ptr_recv || !is_pointer(w->recv));
}

// gen_method_wrappers emits every method symbol the type descriptors refer
// to and no method declaration defined; a wrapper may refer to more
// descriptors, and so want more wrappers.
void gen_method_wrappers(Gen *g) {
    for (int i = 0; i < g->shared->wanted_methods.len; i++) {
        WantedMethod *w = VEC_AT(&g->shared->wanted_methods, i);
        if (!is_own_method(w) && !ir_find_func(g->m, w->sym))
            gen_wrapper(g, w);
    }
}

// gen_value_wrapper emits (once) main.T.M-fm, the code of the method value
// x.M: it calls M with the receiver its closure holds at [ctx+8].
static const char *gen_value_wrapper(Gen *g, Method *m) {
    Type *recv = m->func->recv;
    const char *target = method_symbol(recv, m->name);
    const char *sym = arena_printf("%s-fm", target);
    for (int i = 0; i < g->m->funcs.len; i++)
        if (strcmp(((IrFunc *)VEC_AT(&g->m->funcs, i))->name, sym) == 0)
            return sym;
    Gen w = *g;
    begin_func(&w, sym, sig_of(m->type), m->type, m->pos);
    w.f->autogenerated = true;
    w.f->context = new_vreg(&w);
    emit_wrapper_prologue(&w);  // defer.c: gc's WRAPPER, transparent to recover
    Value r = gen_load(&w, recv, gen_offset(&w, w.f->context, 8));
    gen_forward(&w, target, 0, with_receiver(recv, m->type), r, 0);
    return sym;
}

// gen_method_value lowers the method value x.M: the receiver is evaluated
// (and copied) now, into a closure:
//     fv = newobject({code, recv}) ; fv.code = main.T.M-fm ; fv.recv = recv
Value gen_method_value(Gen *g, Node *e) {
    if (is_iface_method(e->sel))
        return gen_iface_method_value(g, e);  // icall.c
    Method *m = e->sel->method;
    Type *recv = m->func->recv;
    Value r = gen_receiver(g, e);
    return gen_bound_closure(g, e, gen_value_wrapper(g, m), recv, r);  // closure.c
}

// gen_method_expr lowers T.M and (*T).M used as values: the static funcval
// of M's own function, a function taking the receiver first, or of the
// wrapper gen_method_wrappers emits when T's method M is not that function
// (a value method through *T, a method promoted from an embedded field).
Value gen_method_expr(Gen *g, Node *e) {
    if (is_iface_method(e->sel))
        return gen_iface_method_expr(g, e);  // icall.c
    Selection *sel = e->sel;
    Method *m = sel->method;
    bool own = sel->depth == 1 && (m->ptr_recv || !is_pointer(sel->recv));
    if (own)
        return gen_func_value(g, method_symbol(m->func->recv, m->name));
    const char *sym = method_symbol(sel->recv, m->name);
    return gen_func_value(g, want_method(g, sel->recv, sel, sym));
}
