// defer.c: defer statements, the return path of a function that defers, and
// recover() (Go spec: Defer statements, Handling panics; = gc's
// escape.goDeferStmt, walk/stmt.go's ODEFER and ssagen's deferreturn).
// docs/LOWERING.md "Defer, panic and recover" has the runtime's half
// (runtime/defer.c, runtime/panic.c).
//
//     func f() (r int) {                  main.f:
//         defer g(a, b)                       a1, b1 := a, b       (evaluated now)
//         ...                                 fv = &{main.f.func1, a1, b1}
//         return x                            if deferproc(fv) != 0 { goto defer.return }
//     }                                       ...
//                                             r = x ; goto defer.return
//                                         defer.return:
//                                             deferreturn()        (the deferred calls, LIFO)
//                                             return r
//                                         main.f.func1:            (a closure: ctx = r10)
//                                             wrapperprologue()
//                                             g(ctx.a1, ctx.b1)
//
// deferproc returns 1 when a deferred call recovered a panic and the runtime
// resumed f there; f then returns its results as they are in memory. So a
// function that defers keeps its results in memory: named results on the
// heap (like captured variables), the others in frame slots. A call of a
// func() value needs no wrapper: `defer fv()` is deferproc(fv).
#include "lower.h"

// DeferFrame is what a function with defer statements returns through.
typedef struct DeferFrame {
    IrBlock *ret;       // defer.return: deferreturn(), then return the results
    Object **named;     // per result: its variable, or NULL ...
    VReg *unnamed;      // ... and then the address of its frame slot
} DeferFrame;

// ---- The function's return path ----------------------------------------------------------

// has_defer says whether a function body has a defer statement of its own
// (not one in a function literal inside it).
static bool has_defer(Node *s) {
    if (!s || s->kind == EXPR_FUNC_LIT)
        return false;
    if (s->kind == STMT_DEFER)
        return true;
    Node *parts[] = {s->init, s->body, s->els};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        if (parts[i] && has_defer(parts[i]))
            return true;
    bool holds_statements = s->kind == STMT_BLOCK || s->kind == STMT_SWITCH ||
                            s->kind == STMT_TYPE_SWITCH || s->kind == STMT_SELECT ||
                            s->kind == CASE_CLAUSE;
    for (int i = 0; holds_statements && i < s->list.len; i++)
        if (has_defer(s->list.items[i]))
            return true;
    return false;
}

// begin_defer_frame prepares a function that defers (before bind_results):
// its named results will live on the heap, the others get zeroed frame slots.
void begin_defer_frame(Gen *g, Node *fn) {
    if (!has_defer(fn->body))
        return;
    DeferFrame *df = NEW(DeferFrame);
    df->ret = new_block(g, "defer.return");
    Vec *types = &g->func_type->results;
    df->named = arena_alloc(sizeof(Object *) * (size_t)(types->len + 1));
    df->unnamed = arena_alloc(sizeof(VReg) * (size_t)(types->len + 1));
    for (int i = 0, k = 0; i < fn->type->results.len; i++) {
        Node *field = fn->type->results.items[i];
        for (int j = 0; j < field->names.len; j++, k++) {
            df->named[k] = ((Node *)field->names.items[j])->obj;
            df->named[k]->addrtaken = true;
        }
        if (field->names.len == 0) {
            Type *t = VEC_AT(types, k);
            df->unnamed[k] = gen_temp(g, t);
            gen_zero(g, df->unnamed[k], t);
            k++;
        }
    }
    g->defers = df;
}

static void store_result(Gen *g, int i, Value v) {
    DeferFrame *df = g->defers;
    if (df->named[i])
        gen_store_var(g, df->named[i], v);
    else
        gen_store(g, VEC_AT(&g->func_type->results, i), df->unnamed[i], v);
}

static Value load_result(Gen *g, int i) {
    DeferFrame *df = g->defers;
    if (df->named[i])
        return gen_read_var(g, df->named[i]);
    return gen_load(g, VEC_AT(&g->func_type->results, i), df->unnamed[i]);
}

// gen_defer_return lowers `return x, y` in a function that defers: the
// results are set first, and deferred calls may still change them:
//     r1 = x ; r2 = y ; goto defer.return
bool gen_defer_return(Gen *g, Value *results) {
    if (!g->defers)
        return false;
    for (int i = 0; i < g->func_type->results.len; i++)
        store_result(g, i, results[i]);
    emit_jmp(g, g->defers->ret);
    g->b = new_block(g, "after.return");
    return true;
}

// end_defer_frame ends a function that defers with its return path (a body
// that falls off its end goes there too):
//     defer.return:  deferreturn() ; ret r1, r2
void end_defer_frame(Gen *g) {
    DeferFrame *df = g->defers;
    if (!df)
        return;
    start_block(g, df->ret);
    emit_call(g, "runtime.deferreturn", runtime_sig(0, NULL, 0), NULL, 0, 0);
    Vec *types = &g->func_type->results;
    VReg *words = arena_alloc(sizeof(VReg) * (size_t)(irsig_result_words(g->f->sig) + 1));
    int n = 0;
    for (int i = 0; i < types->len; i++)
        push_result_words(g, VEC_AT(types, i), load_result(g, i), words, &n);
    IrInstr *in = emit(g, IR_RET);
    in->args = words;
    in->nargs = n;
}

// ---- recover() ------------------------------------------------------------------------------

static Value call_gorecover(Gen *g, Value fp) {
    int words[1] = {1};
    return emit_call(g, "runtime.gorecover", runtime_sig(1, words, 2), &fp, 1, 2);
}

static Value call_getcallersp(Gen *g) {
    return emit_call(g, "runtime.getcallersp", runtime_sig(0, NULL, 1), NULL, 0, 1);
}

// gen_recover lowers recover() (= gc's ORECOVERFP): the panic value, an
// empty interface, if this function is the deferred call the panic runs:
//     gorecover(getcallersp())
Value gen_recover(Gen *g) { return call_gorecover(g, call_getcallersp(g)); }

// ---- defer statements ------------------------------------------------------------------------

// Operand is a value of a deferred call evaluated at the defer statement:
// the function value, an argument, a method's receiver, recover's frame.
typedef struct Operand {
    Node *node;         // the expression it stands for in the wrapper, or NULL
    Type *type;         // (f(g()) comes spread: one argument per result of g, tuple.c)
    Value value;
} Operand;

// place reserves room for a t in the closure after `*size` bytes.
static int64_t place(int64_t *size, Type *t) {
    int64_t align = underlying(t)->align ? underlying(t)->align : 1;
    *size = (*size + align - 1) / align * align;
    int64_t at = *size;
    *size += underlying(t)->size;
    return at;
}

static void store_operand(Gen *g, VReg fv, int64_t *size, Type *t, Value v) {
    int64_t at = place(size, t);
    if (fv)
        gen_store(g, t, gen_offset(g, fv, at), v);
}

static Value load_operand(Gen *g, VReg ctx, int64_t *size, Type *t) {
    return gen_load(g, t, gen_offset(g, ctx, place(size, t)));
}

static bool is_builtin(Node *fn, Builtin id) {
    return fn->obj && fn->obj->kind == OBJ_BUILTIN && fn->obj->builtin == id;
}

static bool is_method_call(Node *fn) {
    return fn->kind == EXPR_SELECTOR && fn->sel && fn->sel->kind == SEL_METHOD;
}

// defers_directly: `defer fv()` (or `go fv()`) of a func() value (a function, a closure, a
// func-typed variable or field) defers the funcval itself.
bool defers_directly(Node *call) {
    Node *fn = unparen(call->lhs);
    if ((fn->obj && fn->obj->kind == OBJ_BUILTIN) || is_method_call(fn))
        return false;
    Type *sig = underlying(fn->ty);
    return sig->kind == TY_FUNC && sig->params.len == 0 && sig->results.len == 0;
}

static bool needs_evaluating(Node *e) {
    Node *x = unparen(e);
    return !e->cval && !(x->kind == EXPR_IDENT && x->obj &&
                         (x->obj->kind == OBJ_NIL || x->obj->kind == OBJ_FUNC));
}

// eval_operands evaluates, in Go's order, what the deferred call needs:
// recover's frame, or the receiver or function value, then the arguments.
static int eval_operands(Gen *g, Node *call, Operand *ops) {
    Node *fn = unparen(call->lhs);
    int n = 0;
    if (is_builtin(fn, BUILTIN_RECOVER)) {
        ops[n++] = (Operand){NULL, ty_uintptr, call_getcallersp(g)};
        return n;
    }
    if (is_method_call(fn) && is_iface_method(fn->sel))
        ops[n++] = (Operand){NULL, ty_any, gen_iface_deferred_fun(g, fn)};  // icall.c: {fun[k], data}
    else if (is_method_call(fn))
        ops[n++] = (Operand){NULL, fn->sel->method->func->recv, gen_receiver(g, fn)};  // method.c
    else if (!(fn->obj && fn->obj->kind == OBJ_BUILTIN) && needs_evaluating(fn))
        ops[n++] = (Operand){fn, fn->ty, gen_expr(g, fn)};
    for (int i = 0; i < call->list.len; i++) {
        Node *arg = call->list.items[i];
        if (needs_evaluating(arg))
            ops[n++] = (Operand){arg, arg->ty, gen_expr(g, arg)};
    }
    return n;
}

// gen_wrapper_call lowers, in the wrapper, the deferred call with its
// operands loaded from the closure (ctx).
static void gen_wrapper_call(Gen *w, Node *call, Operand *ops, int n) {
    Node *fn = unparen(call->lhs);
    w->presets = NEW(Presets);
    int64_t size = 8;
    Value first = {0};
    for (int i = 0; i < n; i++) {
        Value v = load_operand(w, w->f->context, &size, ops[i].type);
        if (ops[i].node)
            add_preset(w->presets, ops[i].node, v);  // order.c
        else
            first = v;
    }
    if (is_builtin(fn, BUILTIN_RECOVER))
        call_gorecover(w, first);
    else if (is_method_call(fn) && is_iface_method(fn->sel))
        gen_iface_deferred_call(w, call, fn->sel->method, first);  // icall.c
    else if (is_method_call(fn))
        gen_method_call_with(w, call, fn->sel->method, first);  // method.c
    else
        gen_call(w, call);                                       // call.c
}

// gen_defer_wrapper emits the func() that makes the deferred call (or, for a
// go statement, the goroutine's call), and returns its name. As in gc, it is
// numbered like a function literal of f, after f's own literals (main.f.funcN;
// gc makes its wrappers after naming those), and it is a WRAPPER: the function
// it calls may recover a panic that runs the wrapper, and tracebacks hide it
// unless it panics itself (`defer panic(x)`).
static const char *gen_defer_wrapper(Gen *g, Node *call, Operand *ops, int n, bool go) {
    static const IrSig no_args = {0};
    const char *sym = arena_printf(g->in_closure ? "%s.%d" : "%s.func%d", g->func_name,
                                   g->nlits + ++g->ndeferwraps);
    Gen w = *g;
    begin_func(&w, sym, &no_args, NULL, call->pos);
    w.f->goname = sym;
    w.f->context = new_vreg(&w);
    if (!go)
        emit_wrapper_prologue(&w);
    w.f->is_wrapper = true;  // a go wrapper too: tracebacks hide it, as gc's
    gen_wrapper_call(&w, call, ops, n);
    if (!ir_block_terminated(w.b))
        emit(&w, IR_RET);
    ir_prune_unreachable(w.f);
    return sym;
}

// gen_defer_closure evaluates the deferred (or go) call's operands and
// returns the funcval of its wrapper holding them:
//     fv = newobject([N]uintptr) ; fv[0] = &wrapper ; fv[1..] = operands
VReg gen_defer_closure(Gen *g, Node *call, bool go) {
    Operand *ops = arena_alloc(sizeof(Operand) * (size_t)(call->list.len + 2));
    int n = eval_operands(g, call, ops);
    int64_t size = 8;
    for (int i = 0; i < n; i++)
        store_operand(g, 0, &size, ops[i].type, ops[i].value);  // just the layout
    VReg fv = gen_new_object(g, new_array(new_pointer(ty_int), (size + 7) / 8));
    IrInstr *code = emit(g, IR_ADDR);
    code->dst = new_vreg(g);
    code->sym = gen_defer_wrapper(g, call, ops, n, go);
    gen_store(g, ty_uintptr, fv, (Value){1, {code->dst}});
    size = 8;
    for (int i = 0; i < n; i++)
        store_operand(g, fv, &size, ops[i].type, ops[i].value);
    return fv;
}

// gen_defer lowers `defer f(args)` (= gc's deferproc call): the call's
// function value and arguments are evaluated now, the call made when the
// function returns or panics:
//     if deferproc(fv) != 0 { goto defer.return }     (1: resumed by a recovery)
void gen_defer(Gen *g, Node *s) {
    Node *call = unparen(s->lhs);
    Value fv = {1, {defers_directly(call) ? gen_expr(g, call->lhs).w[0] : gen_defer_closure(g, call, false)}};
    int words[1] = {1};
    emit(g, IR_COMMENT)->text = "deferproc returns 1 when a recovered panic resumes this frame here";
    VReg recovered = emit_call(g, "runtime.deferproc", runtime_sig(1, words, 1), &fv, 1, 1).w[0];
    IrBlock *cont = new_block(g, "defer.cont");
    emit_branch(g, recovered, g->defers->ret, cont);
    g->b = cont;
}

// emit_wrapper_prologue starts a wrapper (= the prologue gc gives WRAPPER
// functions): if a panic is running this wrapper as a deferred call, the
// function the wrapper calls becomes the one that may recover.
void emit_wrapper_prologue(Gen *g) {
    g->f->is_wrapper = true;
    emit_call(g, "runtime.wrapperprologue", runtime_sig(0, NULL, 0), NULL, 0, 0);
}
