// go.c: go statements (Go spec: Go statements; = gc's walk/order.go and
// walk/stmt.go OGO, after escape's wrapping of the call in a closure).
//
// As with defer (defer.c), the function value and arguments are evaluated
// at the go statement and kept in a closure whose code makes the call:
//     go f(a, b)    =>   a1, b1 := a, b
//                        fv = &{main.main.gowrap1, a1, b1}
//                        newproc(fv)
//     main.main.gowrap1:   (ctx = r10)  f(ctx.a1, ctx.b1)
// A call of a func() value needs no wrapper: `go fv()` is newproc(fv).
// runtime.newproc (runtime/proc.c) gives the goroutine a stack of its own
// and queues it to run next.
#include "lower.h"

void gen_go(Gen *g, Node *s) {
    Node *call = unparen(s->lhs);
    Value fv = {1, {defers_directly(call) ? gen_expr(g, call->lhs).w[0] : gen_defer_closure(g, call, true)}};
    int words[1] = {1};
    lower_note(g, "go f(x): gc wraps the call in a func() closure and calls runtime.newproc(fv)");
    emit_call(g, "runtime.newproc", runtime_sig(1, words, 0), &fv, 1, 0);
}
