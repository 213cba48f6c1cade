// print.c: the print and println built-ins (= gc walkPrint). Each argument is
// printed by the runtime routine for its type, on standard error:
//     printlock()
//     printint(x) ; printsp() ; printstring(s) ; printnl()
//     printunlock()
// A float goes to printfloat as a float64 in xmm0 (float.c gen_print_float).
#include "lower.h"

static void call_void(Gen *g, const char *sym, Value *args, int nargs, const int *words) {
    emit_call(g, sym, runtime_sig(nargs, words, 0), args, nargs, 0);
}

// print_routine names the runtime routine that prints a value of type t.
static const char *print_routine(Type *t) {
    if (is_string(t))
        return "runtime.printstring";
    if (is_boolean(t))
        return "runtime.printbool";
    if (is_unsigned(t))
        return "runtime.printuint";
    if (is_integer(t))
        return "runtime.printint";
    switch (underlying(t)->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNTYPED_NIL: return "runtime.printpointer";
    case TY_SLICE: return "runtime.printslice";
    case TY_INTERFACE:  // (type,data) or (itab,data) as two hex words
        return is_empty_interface(t) ? "runtime.printeface" : "runtime.printiface";
    default: break;
    }
    unreachable();  // the checker rejects the others (a late error, builtin.c)
}

// print_args evaluates the arguments into vals and their types into types,
// one per argument (print(g()) has one per result of g: tuple.c).
static int print_args(Gen *g, Node *call, Value *vals, Type **types) {
    for (int i = 0; i < call->list.len; i++) {
        Node *arg = call->list.items[i];
        vals[i] = gen_expr(g, arg);
        types[i] = arg->ty;
    }
    return call->list.len;
}

// gen_print evaluates every argument first, as gc's order pass does, so a
// panic while computing an argument prints nothing of the line.
void gen_print(Gen *g, Node *call, bool newline) {
    int cap = call->list.len + MAX_WORDS;
    Value *vals = arena_alloc(sizeof(Value) * (size_t)cap);
    Type **types = arena_alloc(sizeof(Type *) * (size_t)cap);
    int n = print_args(g, call, vals, types);
    call_void(g, "runtime.printlock", NULL, 0, NULL);
    for (int i = 0; i < n; i++) {
        if (newline && i > 0)
            call_void(g, "runtime.printsp", NULL, 0, NULL);
        if (is_float(types[i])) {
            gen_print_float(g, vals[i], types[i]);  // float.c
            continue;
        }
        int words[1] = {vals[i].n};
        call_void(g, print_routine(types[i]), &vals[i], 1, words);
    }
    if (newline)
        call_void(g, "runtime.printnl", NULL, 0, NULL);
    call_void(g, "runtime.printunlock", NULL, 0, NULL);
}
