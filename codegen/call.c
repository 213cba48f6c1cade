// call.c: calls of functions, built-ins and conversions (Go spec: Calls).
//
// A static call passes every argument word and receives every result word in
// virtual registers; the back end maps them to the System V registers and
// stack (docs/ABI.md):
//     r1, r2 = call main.f(a1, a2)
#include "lower.h"
#include "../escape/escape.h"

#include <string.h>

Value gen_int_conversion(Gen *g, Value x, Type *to);  // arith.c

// gen_conversion lowers T(x). Between integer types the word is re-extended;
// conversions to and from floats are in floatconv.c; an integer becomes a
// string in string.c, strings and byte or rune slices convert in slice.c;
// other conversions (same underlying type) keep the value.
static Value gen_conversion(Gen *g, Node *call) {
    Node *arg = call->list.items[0];
    if (is_interface(call->ty))
        return gen_iface_conversion(g, arg, call->ty, call);  // convert.c
    Value converted;
    if (gen_string_conversion(g, call->ty, arg, &converted) ||  // slice.c
        gen_slice_to_array_pointer(g, call->ty, arg, &converted))
        return converted;
    Value x = gen_expr(g, arg);
    if (is_string(call->ty) && is_integer(arg->ty))
        return gen_intstring(g, x);  // string.c
    if (is_float(call->ty) || is_float(arg->ty))
        return gen_float_conversion(g, x, arg->ty, call->ty);  // floatconv.c
    if (is_integer(call->ty))
        return gen_int_conversion(g, x, call->ty);
    return x;
}

// gen_panic lowers panic(v): v converted to an empty interface (convert.c),
//     gopanic(eface{type.T, data})      (noreturn)
static void gen_panic(Gen *g, Node *call) {
    Node *arg = call->list.items[0];
    Value e = gen_to_eface(g, gen_expr(g, arg), arg->ty);
    int words[1] = {2};
    emit_noreturn_call(g, "runtime.gopanic", runtime_sig(1, words, 0), &e, 1);
}

// gen_len lowers len(x) and cap(x): the length or capacity word of a string
// or slice; an array's (or pointer to array's) constant length, after x is
// evaluated for its effects (a constant len(x) never gets here).
static Value gen_len(Gen *g, Node *call, bool cap) {
    Node *x = call->list.items[0];
    Value v = gen_expr(g, x);
    Type *t = underlying(x->ty);
    if (t->kind == TY_POINTER)
        t = underlying(t->elem);
    if (t->kind == TY_ARRAY)
        return (Value){1, {emit_const(g, t->len)}};
    if (t->kind == TY_MAP)
        return gen_map_len(g, v.w[0]);  // map.c
    if (t->kind == TY_CHAN)
        return gen_chan_len(g, v.w[0], cap);  // chan.c
    return (Value){1, {v.w[cap ? 2 : 1]}};
}

// gen_builtin lowers a built-in call:
//     len(s), cap(s)  =>  gen_len
//     new(T)      =>  newobject(T)
//     println(..) =>  print.c;  panic(s)  =>  a call that never returns
static Value gen_builtin(Gen *g, Node *call, Builtin id) {
    Value none = {0};
    switch (id) {
    case BUILTIN_PRINT: gen_print(g, call, false); return none;     // print.c
    case BUILTIN_PRINTLN: gen_print(g, call, true); return none;    // print.c
    case BUILTIN_LEN: return gen_len(g, call, false);
    case BUILTIN_CAP: return gen_len(g, call, true);
    case BUILTIN_NEW: return (Value){1, {gen_alloc(g, underlying(call->ty)->elem, call, true)}};
    case BUILTIN_MAKE:
        if (underlying(call->ty)->kind == TY_MAP)
            return gen_make_map(g, call);                          // map.c
        if (underlying(call->ty)->kind == TY_CHAN)
            return gen_make_chan(g, call);                         // chan.c
        return gen_make_slice(g, call);                            // slice.c
    case BUILTIN_DELETE: gen_delete(g, call); return none;         // map.c
    case BUILTIN_APPEND: return gen_append(g, call);               // slice.c
    case BUILTIN_COPY: return gen_copy_slices(g, call);            // slice.c
    case BUILTIN_PANIC: gen_panic(g, call); return none;
    case BUILTIN_RECOVER: return gen_recover(g);                   // defer.c
    case BUILTIN_CLOSE: gen_close(g, call); return none;           // chan.c
    default: unreachable();  // the checker rejects complex, real and imag
    }
}

// gen_variadic_slice packs the arguments from `first` on into a new []T
// for a variadic parameter (Go spec: Passing arguments to ... parameters):
//     f(a, x, y)   =>   t = newobject([2]T) ; t[0] = x ; t[1] = y ; f(a, t[:2:2])
// With no extra arguments the slice is nil.
static Value gen_variadic_slice(Gen *g, Node *call, int first, Type *slice) {
    int n = call->list.len - first;
    if (n == 0)
        return gen_zero_value(g, slice);
    Type *elem = underlying(slice)->elem;
    VReg p = gen_alloc(g, new_array(elem, n), call, false);  // every element is stored
    for (int i = 0; i < n; i++)
        gen_store(g, elem, gen_offset(g, p, i * elem->size), gen_expr(g, call->list.items[first + i]));
    return (Value){3, {p, emit_const(g, n), emit_const(g, n)}};
}

// gen_args evaluates a call's arguments left to right into one Value per
// parameter; the extra arguments of a variadic call are packed into a
// slice. (A multi-value call given alone has been spread into one argument
// per result, tuple.c.)
Value *gen_args(Gen *g, Node *call, Type *sig) {
    int n = sig->params.len;
    Value *args = arena_alloc(sizeof(Value) * (size_t)(n + 1));
    bool pack = sig->variadic && !call->has_ellipsis;
    int fixed = pack ? n - 1 : n;
    for (int i = 0; i < fixed; i++)
        args[i] = gen_expr(g, call->list.items[i]);
    if (pack)
        args[n - 1] = gen_variadic_slice(g, call, fixed, VEC_AT(&sig->params, n - 1));
    return args;
}

// gen_go_call calls a function of type sig, by symbol (sym) or through a
// code pointer (code, when sym is NULL, with the closure context ctx): every
// argument is split into its call words, and the result words are put back
// together into one Value per result, in turn. `at` is the call's `(`, where
// -m reports inlining it (zero for calls no source call makes).
Value gen_go_call(Gen *g, Pos at, const char *sym, VReg code, VReg ctx, Type *sig, Value *args) {
    const IrSig *abi = sig_of(sig);
    VReg *words = arena_alloc(sizeof(VReg) * (size_t)(irsig_param_words(abi) + 1));
    int nwords = 0;
    for (int i = 0; i < sig->params.len; i++)
        push_abi_words(g, VEC_AT(&sig->params, i), args[i], words, &nwords);
    IrInstr *in = emit(g, sym ? IR_CALL : IR_CALL_IND);
    g->last_call = in;
    in->sym = sym;
    if (at.line > 0)
        in->pos = at;  // else the statement's position, stamped by emit()
    in->a = code;
    in->b = ctx;
    in->sig = abi;
    in->args = words;
    in->nargs = nwords;
    in->nresults = irsig_result_words(abi);
    in->results = arena_alloc(sizeof(VReg) * (size_t)(in->nresults + 1));
    for (int i = 0, k = 0; i < sig->results.len; i++)
        for (int w = 0; w < abi->results[i].nwords; w++, k++)
            in->results[k] = ir_new_vreg(g->f, abi->results[i].classes[w]);
    Value all = {0};
    int word = 0;
    for (int i = 0; i < sig->results.len; i++) {
        Value v = value_from_abi_words(g, VEC_AT(&sig->results, i), in->results, &word);
        for (int k = 0; k < v.n; k++)
            all.w[all.n++] = v.w[k];
    }
    return all;
}

// note_noescape_args marks the argument words of a call to fn (of type
// sig, the receiver first for a method) that escape analysis's tags say fn
// keeps nothing of: neither the pointer itself on the heap nor it coming
// back in a result (what it points to may escape). opt/stackalloc.c may
// then keep what they point to in the caller's frame.
void note_noescape_args(Gen *g, Object *fn, Type *sig) {
    if (!fn || !fn->leaks || !g->last_call)
        return;
    const IrSig *abi = sig_of(sig);
    int word = 0;
    for (int i = 0; i < sig->params.len && i < abi->nparams; i++) {
        const EscLeaks *t = &fn->leaks[i];
        bool kept = t->heap == 0;
        for (int r = 0; r < ESC_RESULTS; r++)
            kept |= t->result[r] == 0;
        for (int w = 0; w < abi->params[i].nwords; w++, word++)
            if (!kept && word < 64)
                g->last_call->noescape_args |= (uint64_t)1 << word;
    }
}

// gen_func_value_call calls a func value: the funcval's first word is the
// code, and the funcval itself is the closure context (docs/ABI.md):
//     fv = f ; code = load [fv] ; r = call code(args...) with r10 = fv
// A nil f faults at the load, which becomes Go's nil-pointer panic.
static Value gen_func_value_call(Gen *g, Node *call, Node *fn) {
    VReg fv = gen_expr(g, fn).w[0];
    Value *args = gen_args(g, call, underlying(fn->ty));
    VReg code = gen_load(g, ty_uintptr, fv).w[0];
    return gen_go_call(g, call->op_pos, NULL, code, fv, underlying(fn->ty), args);
}

// gen_call lowers a call. The arguments are evaluated left to right, then
// the function is called:
//     r1, r2 = call main.f(a1, a2)
Value gen_call(Gen *g, Node *call) {
    if (call->flags & NODE_CONVERSION)
        return gen_conversion(g, call);
    Node *fn = unparen(call->lhs);
    if (fn->obj && fn->obj->kind == OBJ_BUILTIN)
        return gen_builtin(g, call, fn->obj->builtin);
    if (fn->kind == EXPR_SELECTOR && fn->sel && fn->sel->kind == SEL_METHOD)
        return gen_method_call(g, call, fn);  // method.c
    if (fn->kind == EXPR_IDENT && fn->obj && fn->obj->kind == OBJ_FUNC) {
        Value *args = gen_args(g, call, fn->obj->type);
        Value r = gen_go_call(g, call->op_pos, func_symbol(g, fn->obj->decl), 0, 0, fn->obj->type, args);
        note_noescape_args(g, fn->obj, fn->obj->type);
        return r;
    }
    return gen_func_value_call(g, call, fn);
}
