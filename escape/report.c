// report.c: the analysis's decisions (= gc's escape.go finish and
// paramTag): allocations and variables that stay in the frame are marked
// for the lowering, each declared function gets its parameters' tags, and
// -m prints gc's lines for package main:
//     moved to heap: x                     a variable whose address outlives it
//     &T{...} escapes to heap              an allocation that must be on the heap
//     &T{...} does not escape              one the frame can hold
//     leaking param: p                     p's value reaches the heap
//     leaking param content: p             what p points to does
//     leaking param: p to result ~r0 level=0
//     p does not escape
#include "internal.h"

#include "../inline/inline.h"  // InlReport: -m's lines

// ---- How gc's -m prints an expression ------------------------------------------------------

static void write_name(Buf *b, Node *n);
static void write_list(Buf *b, NodeList *l);
static const char *m_type(Type *t);

// The calls escape analysis devirtualized -> their receivers' types, so
// they print as gc prints them after its devirtualize pass: T.M(x.(T)).
static PtrMap devirtualized;

static Type *devirt_of(Node *call) { return ptrmap_get(&devirtualized, call); }

// inlined_call: a static call of a function the inliner takes, whose
// result gc names ~R0 once it is inlined.
bool inlined_call(Node *n) {
    n = unparen(n);
    if (n->kind != EXPR_CALL || (n->flags & NODE_CONVERSION) || devirt_of(n))
        return false;
    Node *f = unparen(n->lhs);
    if (f->kind == EXPR_IDENT && f->obj && f->obj->kind == OBJ_FUNC)  // (the library's costs are mgc's own)
        return f->obj->can_inline && (!f->obj->pkg || strcmp(f->obj->pkg, "main") == 0);
    if (f->kind == EXPR_SELECTOR && f->sel && f->sel->kind == SEL_METHOD && !is_interface(f->sel->recv))
        return f->sel->method && f->sel->method->func && f->sel->method->func->can_inline;
    Node *v = static_value(f);
    return v->kind == EXPR_FUNC_LIT && v->can_inline;
}

// write_call: f(a, b), with a variadic call's packed arguments as gc shows
// them once walked: f(a, ... argument...).
static void write_call(Buf *b, Node *n) {
    Type *dt = devirt_of(n);
    if (dt) {
        Node *f = unparen(n->lhs);
        const char *t = m_type(dt);
        buf_printf(b, "%s.%s(", t, f->name);
        write_name(b, f->lhs);
        buf_printf(b, ".(%s)", t);
        for (int i = 0; i < n->list.len; i++) {
            buf_puts(b, ", ");
            write_name(b, n->list.items[i]);
        }
        buf_putc(b, ')');
        return;
    }
    write_name(b, n->lhs);
    buf_putc(b, '(');
    Type *sig = n->lhs->ty ? underlying(n->lhs->ty) : NULL;
    int np = sig && sig->kind == TY_FUNC ? sig->params.len : 0;
    if (sig && sig->kind == TY_FUNC && sig->variadic && !n->has_ellipsis && n->list.len >= np) {
        for (int i = 0; i < np - 1; i++) {
            write_name(b, n->list.items[i]);
            buf_puts(b, ", ");
        }
        buf_puts(b, "... argument...)");
        return;
    }
    write_list(b, &n->list);
    buf_puts(b, n->has_ellipsis ? "...)" : ")");
}

static void write_list(Buf *b, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i)
            buf_puts(b, ", ");
        write_name(b, l->items[i]);
    }
}

// m_type: a type as gc prints it in package main (its own names unqualified).
static const char *m_type(Type *t) {
    if (t->kind == TY_INTERFACE && interface_methods(t)->len == 0)
        return "interface {}";
    if (t->kind == TY_STRUCT) {  // gc spaces a struct's braces: struct { A int; B int }
        Buf b = {0};
        buf_puts(&b, t->fields.len ? "struct { " : "struct {}");
        for (int i = 0; i < t->fields.len; i++) {
            Field *f = t->fields.items[i];
            if (i)
                buf_puts(&b, "; ");
            if (!f->embedded)
                buf_printf(&b, "%s ", f->name);
            buf_puts(&b, m_type(f->type));
        }
        if (t->fields.len)
            buf_puts(&b, " }");
        return buf_cstr(&b);
    }
    const char *s = type_string(t);
    Buf b = {0};
    for (const char *p = s; *p;) {
        bool boundary = p == s || !(p[-1] == '_' || p[-1] == '.' || (p[-1] >= '0' && p[-1] <= '9') ||
                                    (p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z'));
        if (boundary && strncmp(p, "main.", 5) == 0) {
            p += 5;
            continue;
        }
        buf_putc(&b, *p++);
    }
    return buf_cstr(&b);
}

static void write_const(Buf *b, Node *n) {
    if (n->lit && (n->kind == EXPR_INT_LIT || n->kind == EXPR_STRING_LIT || n->kind == EXPR_FLOAT_LIT ||
                   n->kind == EXPR_RUNE_LIT)) {
        buf_puts(b, n->lit);
        return;
    }
    if (n->cval->kind == CONST_INT) {
        buf_printf(b, "%lld", (long long)const_int64(n->cval));
        return;
    }
    buf_puts(b, n->kind == EXPR_IDENT ? n->name : "const");
}

static void write_name(Buf *b, Node *n) {
    if (n->cval && n->kind != EXPR_CALL && n->kind != EXPR_PAREN) {  // T(c) prints as written
        write_const(b, n);
        return;
    }
    switch (n->kind) {
    case EXPR_IDENT: buf_puts(b, n->name); return;
    case EXPR_PAREN:
    case EXPR_CONV_IFACE: write_name(b, n->lhs); return;
    case EXPR_SELECTOR:
        if (inlined_call(n->lhs))
            buf_puts(b, "(~R0)");
        else
            write_name(b, n->lhs);
        buf_printf(b, ".%s", n->name);
        return;
    case EXPR_INDEX:
        write_name(b, n->lhs);
        buf_putc(b, '[');
        write_name(b, n->rhs);
        buf_putc(b, ']');
        return;
    case EXPR_SLICE:
        write_name(b, n->lhs);
        buf_putc(b, '[');
        if (n->lo)
            write_name(b, n->lo);
        buf_putc(b, ':');
        if (n->hi)
            write_name(b, n->hi);
        if (n->max) {
            buf_putc(b, ':');
            write_name(b, n->max);
        }
        buf_putc(b, ']');
        return;
    case EXPR_TYPE_ASSERT:
        write_name(b, n->lhs);
        buf_printf(b, ".(%s)", n->ty ? m_type(n->ty) : "type");
        return;
    case EXPR_CALL:
        if (n->flags & NODE_CONVERSION) {  // T(x); an unnamed T in parentheses, `any` by name
            Type *t = n->ty;
            Node *f = unparen(n->lhs);
            if (f->kind == EXPR_IDENT && strcmp(f->name, "any") == 0)
                buf_puts(b, "any(");
            else
                buf_printf(b, t->kind == TY_NAMED || is_basic_kind(t->kind) ? "%s(" : "(%s)(", m_type(t));
            write_list(b, &n->list);
            buf_putc(b, ')');
            return;
        }
        if (unparen(n->lhs)->kind == EXPR_IDENT && unparen(n->lhs)->obj &&
            unparen(n->lhs)->obj->kind == OBJ_BUILTIN && n->list.len && n->ty &&
            (unparen(n->lhs)->obj->builtin == BUILTIN_NEW || unparen(n->lhs)->obj->builtin == BUILTIN_MAKE)) {
            buf_printf(b, "%s(%s", unparen(n->lhs)->name, m_type(unparen(n->lhs)->obj->builtin == BUILTIN_NEW
                                                                   ? underlying(n->ty)->elem : n->ty));
            for (int i = 1; i < n->list.len; i++) {
                buf_puts(b, ", ");
                write_name(b, n->list.items[i]);
            }
            buf_putc(b, ')');
            return;
        }
        if (inlined_call(n))
            buf_puts(b, "~R0");
        else
            write_call(b, n);
        return;
    case EXPR_UNARY: buf_puts(b, op_string(n->op)); write_name(b, n->lhs); return;
    case EXPR_BINARY:
        write_name(b, n->lhs);
        buf_printf(b, " %s ", op_string(n->op));
        write_name(b, n->rhs);
        return;
    case EXPR_COMPOSITE:
        buf_printf(b, "%s{%s}", m_type(is_pointer(n->ty) ? underlying(n->ty)->elem : n->ty),
                   n->list.len ? "..." : "");
        return;
    case EXPR_FUNC_LIT: buf_puts(b, "func literal"); return;
    default: buf_puts(b, "expression"); return;
    }
}

const char *esc_name(Node *n) {
    Buf b = {0};
    write_name(&b, n);
    return buf_cstr(&b);
}

Pos gc_pos(Node *n) {
    if (n->kind == EXPR_PAREN)
        return gc_pos(n->lhs);
    if (n->kind == EXPR_SELECTOR)
        return n->lhs->end;  // the `.`
    return n->op_pos.line ? n->op_pos : n->pos;
}

// ---- The decisions -----------------------------------------------------------------------

static void report(Batch *b, Pos pos, const char *text) {
    InlReport *r = NEW(InlReport);
    r->pos = pos;
    r->text = text;
    vec_push(b->report, r);
}

static bool in_main(Fn *fn) {
    while (fn->outer)
        fn = fn->outer;
    return fn->obj && (!fn->obj->pkg || strcmp(fn->obj->pkg, "main") == 0);
}

void note_devirtualized(E *e, Node *call, Node *sel, Type *t) {
    if (devirt_of(call))
        return;
    ptrmap_put(&devirtualized, call, t);
    if (e->b->report && in_main(e->fn))
        report(e->b, gc_pos(call), arena_printf("devirtualizing %s.%s to %s", esc_name(sel->lhs), sel->name,
                                                m_type(t)));
}

// optimize drops a result leak the heap leak already covers (gc's Optimize).
static void optimize(EscLeaks *l) {
    for (int r = 0; r < ESC_RESULTS; r++)
        if (l->heap >= 0 && l->result[r] >= l->heap)
            l->result[r] = -1;
}

static const char *result_name(Fn *fn, int r) {
    Loc *l = fn->results.items[r];
    return l->var ? l->var->name : arena_printf("~r%d", r);
}

// tag_params gives a declared function its parameters' tags and, with -m,
// reports them as gc does.
static void tag_params(Batch *b, Fn *fn) {
    EscLeaks *tags = arena_alloc(sizeof(EscLeaks) * (size_t)(fn->params.len + 1));
    bool diagnose = b->report && in_main(fn);
    for (int i = 0; i < fn->params.len; i++) {
        Loc *p = fn->params.items[i];
        EscLeaks *t = &tags[i];
        t->heap = -1;
        for (int r = 0; r < ESC_RESULTS; r++)
            t->result[r] = -1;
        if (!p || !has_pointers(p->var->type))
            continue;
        optimize(&p->leaks);
        *t = p->leaks;
        if (!diagnose || p->escapes)
            continue;
        const char *name = p->var->name;
        bool any = t->heap >= 0;
        if (t->heap >= 0)
            report(b, p->var->pos, arena_printf(t->heap == 0 ? "leaking param: %s" : "leaking param content: %s", name));
        for (int r = 0; r < ESC_RESULTS && r < fn->results.len; r++) {
            if (t->result[r] < 0)
                continue;
            any = true;
            report(b, p->var->pos, arena_printf("leaking param: %s to result %s level=%d", name,
                                                result_name(fn, r), t->result[r]));
        }
        if (!any)
            report(b, p->var->pos, arena_printf("%s does not escape", name));
    }
    if (fn->obj)
        fn->obj->leaks = tags;
}

// finish records every location's decision, and reports it with -m.
void finish(Batch *b) {
    for (int i = 0; i < b->fns.len; i++)
        tag_params(b, b->fns.items[i]);
    for (int i = 0; i < b->locs.len; i++) {
        Loc *l = b->locs.items[i];
        bool diagnose = b->report && in_main(l->fn);
        if (l->var) {
            l->var->stack_alloc = !l->escapes;
            l->var->esc_loc = NULL;
            if (diagnose && l->escapes)
                report(b, l->var->pos, arena_printf("moved to heap: %s", l->var->name));
        } else if (l->what || l->named) {
            l->n->stack_alloc = !l->escapes;
            const char *what = l->what ? l->what : arena_printf("%s%s", l->amp ? "&" : "", esc_name(l->named));
            l->n->esc_what = what;
            if (diagnose)
                report(b, l->pos, arena_printf(l->escapes ? "%s escapes to heap" : "%s does not escape", what));
        }
    }
}
