// print.c: the print and println built-ins (= gc walkPrint). Each argument is
// printed by the runtime routine for its type, on standard error:
//     printlock()
//     printint(x) ; printsp() ; printstring(s) ; printnl()
//     printunlock()
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
    unreachable();
}

// gen_print evaluates every argument first, as gc's order pass does, so a
// panic while computing an argument prints nothing of the line.
void gen_print(Gen *g, Node *call, bool newline) {
    int n = call->list.len;
    Value *vals = arena_alloc(sizeof(Value) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        vals[i] = gen_expr(g, call->list.items[i]);
    call_void(g, "runtime.printlock", NULL, 0, NULL);
    for (int i = 0; i < n; i++) {
        Node *arg = call->list.items[i];
        if (newline && i > 0)
            call_void(g, "runtime.printsp", NULL, 0, NULL);
        int words[1] = {vals[i].n};
        call_void(g, print_routine(arg->ty), &vals[i], 1, words);
    }
    if (newline)
        call_void(g, "runtime.printnl", NULL, 0, NULL);
    call_void(g, "runtime.printunlock", NULL, 0, NULL);
}
