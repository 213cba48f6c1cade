// call.c: calls of functions, built-ins and conversions (Go spec: Calls).
//
// A static call passes every argument word and receives every result word in
// virtual registers; the back end maps them to the System V registers and
// stack (docs/ABI.md):
//     r1, r2 = call main.f(a1, a2)
#include "lower.h"

#include <string.h>

Value gen_int_conversion(Gen *g, Value x, Type *to);  // arith.c

// gen_conversion lowers T(x). Between integer types the word is re-extended;
// an integer becomes a string in string.c; a string-to-string conversion is
// the identity.
static Value gen_conversion(Gen *g, Node *call) {
    Node *arg = call->list.items[0];
    Value x = gen_expr(g, arg);
    if (is_string(call->ty) && is_integer(arg->ty))
        return gen_intstring(g, x);  // string.c
    if (is_integer(call->ty))
        return gen_int_conversion(g, x, call->ty);
    return x;
}

// gen_panic lowers panic(s) for a string s:
//     gopanicstring(s)      (noreturn; = gc's gopanic(any) with s boxed)
static void gen_panic(Gen *g, Node *call) {
    Value s = gen_expr(g, call->list.items[0]);
    int words[1] = {2};
    emit_noreturn_call(g, "runtime.gopanicstring", runtime_sig(1, words, 0), &s, 1);
}

// gen_os_exit lowers os.Exit(code): a call that does not return.
static void gen_os_exit(Gen *g, Node *call) {
    Value code = gen_expr(g, call->list.items[0]);
    int words[1] = {1};
    emit_noreturn_call(g, "os.Exit", runtime_sig(1, words, 0), &code, 1);
}

// gen_builtin lowers a built-in call:
//     len(s)      =>  s.len (the string's second word)
//     println(..) =>  print.c;  panic(s), os.Exit(n)  =>  a call that never returns
static Value gen_builtin(Gen *g, Node *call, Builtin id) {
    Value none = {0};
    switch (id) {
    case BUILTIN_PRINT: gen_print(g, call, false); return none;     // print.c
    case BUILTIN_PRINTLN: gen_print(g, call, true); return none;    // print.c
    case BUILTIN_LEN: return (Value){1, {gen_expr(g, call->list.items[0]).w[1]}};
    case BUILTIN_PANIC: gen_panic(g, call); return none;
    case BUILTIN_OS_EXIT: gen_os_exit(g, call); return none;
    default: unreachable();  // rejected by check_lowerable (support.c)
    }
}

// gen_call lowers a call. The arguments are evaluated left to right; a single
// multi-value call as the only argument passes all its result words.
Value gen_call(Gen *g, Node *call) {
    if (call->flags & NODE_CONVERSION)
        return gen_conversion(g, call);
    Node *fn = call->lhs;
    while (fn->kind == EXPR_PAREN)
        fn = fn->lhs;
    if (fn->obj && fn->obj->kind == OBJ_BUILTIN)
        return gen_builtin(g, call, fn->obj->builtin);
    Object *f = fn->obj;  // a package-level function: check_lowerable rejects other callees
    Type *sig = f->type;
    Value *args = arena_alloc(sizeof(Value) * (size_t)(call->list.len + 1));
    for (int i = 0; i < call->list.len; i++)
        args[i] = gen_expr(g, call->list.items[i]);
    int nres = 0;
    for (int i = 0; i < sig->results.len; i++)
        nres += type_words(VEC_AT(&sig->results, i));
    return emit_call(g, func_symbol(g, f->decl), sig_of(sig), args, call->list.len, nres);
}
