// stmt.c: function bodies and statements (Go spec: Statements).
#include "check.h"

#include <string.h>

// The locals of the function being checked, for "declared but not used".
static Vec *func_locals;

void declare_local_var(Checker *c, Object *o) {
    if (declare(c, c->scope, o) && func_locals)
        vec_push(func_locals, o);
}

void check_block(Checker *c, Node *block) {
    open_scope(c);
    for (int i = 0; i < block->list.len; i++)
        check_stmt(c, block->list.items[i]);
    close_scope(c);
}

// check_loop_body checks the body of a for or range loop, where break and
// continue are allowed.
void check_loop_body(Checker *c, Node *body) {
    c->loops++;
    c->breakable++;
    check_block(c, body);
    c->loops--;
    c->breakable--;
}

// ---- Terminating statements (Go spec: Terminating statements) ---------------------------

static bool has_break(Node *s, const char *label, bool nested);
static bool switch_terminates(Node *s, const char *label);
static bool is_terminating(Node *s);
static bool select_terminates(Node *s, const char *label);

static bool is_terminating_labeled(Node *s, const char *label) {
    if (!s)
        return false;
    switch (s->kind) {
    case STMT_RETURN:
    case STMT_GOTO: return true;
    case STMT_EXPR: {
        Node *e = unparen(s->lhs);
        return e->kind == EXPR_CALL && e->lhs->kind == EXPR_IDENT && e->lhs->obj &&
               e->lhs->obj->kind == OBJ_BUILTIN && e->lhs->obj->builtin == BUILTIN_PANIC;
    }
    case STMT_BLOCK: return s->list.len > 0 && is_terminating(s->list.items[s->list.len - 1]);
    case STMT_IF: return s->els && is_terminating(s->body) && is_terminating(s->els);
    case STMT_FOR: return !s->cond && !has_break(s->body, label, false);
    case STMT_LABELED: return is_terminating_labeled(s->body, s->label);
    case STMT_SWITCH:
    case STMT_TYPE_SWITCH: return switch_terminates(s, label);
    case STMT_SELECT: return select_terminates(s, label);
    default: return false;
    }
}

static bool is_terminating(Node *s) { return is_terminating_labeled(s, NULL); }

// select_terminates: a select with no break and every clause ending in a
// terminating statement (Go spec: Terminating statements).
static bool select_terminates(Node *s, const char *label) {
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        NodeList *body = &clause->body->list;
        if (has_break(clause->body, label, false))
            return false;
        if (!body->len || !is_terminating(body->items[body->len - 1]))
            return false;
    }
    return true;
}

// switch_terminates: a switch with a default case, no break, and every clause
// ending in a terminating statement or a fallthrough (Go spec: Terminating
// statements).
static bool switch_terminates(Node *s, const char *label) {
    bool has_default = false;
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        NodeList *body = &clause->body->list;
        has_default |= clause->list.len == 0;
        if (has_break(clause->body, label, false))
            return false;
        Node *last = body->len ? body->items[body->len - 1] : NULL;
        if (!last || (last->kind != STMT_FALLTHROUGH && !is_terminating(last)))
            return false;
    }
    return has_default;
}

// has_break reports whether s contains a break that leaves the statement
// being examined: an unlabeled one not inside a nested for or switch, or one
// naming `label`, at any depth (Go spec: Terminating statements).
static bool has_break(Node *s, const char *label, bool nested) {
    if (!s)
        return false;
    switch (s->kind) {
    case STMT_BREAK:
        return s->label ? label && strcmp(s->label, label) == 0 : !nested;
    case STMT_BLOCK:
        for (int i = 0; i < s->list.len; i++)
            if (has_break(s->list.items[i], label, nested))
                return true;
        return false;
    case STMT_IF: return has_break(s->body, label, nested) || has_break(s->els, label, nested);
    case STMT_LABELED: return has_break(s->body, label, nested);
    case STMT_FOR:
    case STMT_RANGE: return has_break(s->body, label, true);
    case STMT_SWITCH:
    case STMT_TYPE_SWITCH:
    case STMT_SELECT:
        for (int i = 0; i < s->list.len; i++)
            if (has_break(((Node *)s->list.items[i])->body, label, true))
                return true;
        return false;
    default: return false;
    }
}

// ---- Functions -------------------------------------------------------------------------

static void declare_params(Checker *c, NodeList *fields, Vec *types, bool results) {
    int k = 0;
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        if (f->names.len == 0) {
            k++;
            continue;
        }
        for (int j = 0; j < f->names.len; j++, k++) {
            Node *id = f->names.items[j];
            Object *o = new_object(OBJ_VAR, id->name, id->pos, VEC_AT(types, k));
            o->is_param = !results;
            o->is_result = results;
            o->used = true;  // unused parameters are fine
            id->obj = o;
            declare(c, c->scope, o);
        }
    }
}

// declare_receiver declares a method's receiver in its body's scope.
static void declare_receiver(Checker *c, Node *fn) {
    Node *recv = fn->recv;
    if (!recv || recv->names.len == 0)
        return;
    Node *id = recv->names.items[0];
    Object *o = new_object(OBJ_VAR, id->name, id->pos, recv->ty ? recv->ty : ty_invalid);
    o->is_param = true;
    o->used = true;
    id->obj = o;
    declare(c, c->scope, o);
}

// FuncContext is what a function body changes in the checker; a function
// literal saves its enclosing function's and restores it afterwards.
typedef struct FuncContext {
    Type *func_type;
    Node *func_decl;
    int breakable, loops;
    Vec *locals;
} FuncContext;

static FuncContext enter_func(Checker *c, Node *fn, Type *sig, Vec *locals) {
    FuncContext saved = {c->func_type, c->func_decl, c->breakable, c->loops, func_locals};
    c->func_type = sig;
    c->func_decl = fn;
    c->breakable = c->loops = 0;
    func_locals = locals;
    return saved;
}

static void leave_func(Checker *c, FuncContext saved) {
    c->func_type = saved.func_type;
    c->func_decl = saved.func_decl;
    c->breakable = saved.breakable;
    c->loops = saved.loops;
    func_locals = saved.locals;
}

// check_func_body checks the body of a function, method or function literal
// with its receiver, parameters and named results in the function's
// outermost scope, then reports unused locals and a missing return (Go spec:
// Function declarations). A literal's scope nests in the enclosing block.
void check_func_body(Checker *c, Node *fn, Type *sig) {
    if (!fn->body || !sig || sig == ty_invalid)
        return;
    Vec locals = {0};
    FuncContext saved = enter_func(c, fn, sig, &locals);
    open_scope(c);
    c->scope->is_func = true;
    declare_receiver(c, fn);
    declare_params(c, &fn->type->params, &sig->params, false);
    declare_params(c, &fn->type->results, &sig->results, true);
    for (int i = 0; i < fn->body->list.len; i++)
        check_stmt(c, fn->body->list.items[i]);
    close_scope(c);
    check_labels(fn->body);
    if (sig->results.len > 0 && !is_terminating(fn->body)) {
        Pos rbrace = fn->body->end;  // gc reports at the closing brace
        rbrace.col--;
        error_at(rbrace, "missing return");
    }
    for (int i = 0; i < locals.len; i++) {
        Object *o = VEC_AT(&locals, i);
        if (!o->used)
            error_at(o->pos, "%s declared but not used", o->name);
    }
    leave_func(c, saved);
}

// check_func_lit checks func(...) {...}: a closure over the enclosing
// function's variables (Go spec: Function literals).
void check_func_lit(Checker *c, Operand *x, Node *e) {
    Type *sig = resolve_signature(c, e->type);
    check_func_body(c, e, sig);
    x->mode = MODE_VALUE;
    x->type = sig;
}

// ---- Declarations and assignments ---------------------------------------------------------

static const char *plural(int n, const char *word) {
    return arena_printf("%d %s%s", n, word, n == 1 ? "" : "s");
}

// report_mismatch reports an assignment whose counts differ (types2 assignError).
static void report_mismatch(Node *rhs0, int nvars, int nvals, int nrhs) {
    Node *e = unparen(rhs0);
    if (nrhs == 1 && e->kind == EXPR_CALL)
        error_at(expr_start(rhs0), "assignment mismatch: %s but %s returns %s", plural(nvars, "variable"),
                 expr_string(e->lhs), plural(nvals, "value"));
    else
        error_at(expr_start(rhs0), "assignment mismatch: %s but %s", plural(nvars, "variable"),
                 plural(nvals, "value"));
}

// comma_ok splits `v, ok = m[k]` or `v, ok = x.(T)` into the value and an
// untyped boolean (Go spec: Index expressions, Type assertions).
static Operand *comma_ok(Operand *x, Operand *ops) {
    Node *e = unparen(x->expr);
    e->flags |= NODE_COMMA_OK;
    ops[0] = *x;
    ops[0].mode = MODE_VALUE;
    ops[1] = (Operand){.mode = MODE_VALUE, .type = ty_untyped_bool, .expr = x->expr, .spread = true};
    return ops;
}

// check_values evaluates the right-hand sides for n left-hand sides: either n
// single values, or one multi-value call giving n values. It returns the
// values' operands, or NULL after an error.
Operand *check_values(Checker *c, NodeList *rhs, int n) {
    Operand *ops = arena_alloc(sizeof(Operand) * (size_t)(n > rhs->len ? n : rhs->len));
    if (rhs->len == 1) {
        Operand x;
        check_multi_expr(c, &x, rhs->items[0]);
        if (x.mode == MODE_INVALID)
            return NULL;
        if (x.mode == MODE_NOVALUE) {
            error_at(expr_start(x.expr), "%s (no value) used as value", expr_string(x.expr));
            return NULL;
        }
        bool tuple = x.type && x.type->kind == TY_TUPLE;
        int got = tuple ? x.type->results.len : 1;
        if (n == 2 && (x.mode == MODE_MAPINDEX || x.mode == MODE_COMMAOK))
            return comma_ok(&x, ops);
        if (got != n) {
            report_mismatch(rhs->items[0], n, got, 1);
            return NULL;
        }
        if (!tuple) {
            ops[0] = x;
            expect_value(&ops[0]);
            return ops[0].mode == MODE_INVALID ? NULL : ops;
        }
        for (int i = 0; i < n; i++)
            ops[i] = (Operand){.mode = MODE_VALUE, .type = VEC_AT(&x.type->results, i),
                               .expr = x.expr, .spread = true};
        return ops;
    }
    bool ok = true;
    for (int i = 0; i < rhs->len; i++) {
        check_expr(c, &ops[i], rhs->items[i]);
        ok &= ops[i].mode != MODE_INVALID;
    }
    if (!ok)
        return NULL;
    if (rhs->len != n) {
        Node *e = rhs->items[0];
        int got = rhs->len;
        report_mismatch(e, n, got, rhs->len);
        return NULL;
    }
    return ops;
}

// init_var gives a new variable its type from its initializer (or checks the
// initializer against the declared type).
static void init_var(Checker *c, Object *o, Operand *x, Type *declared, const char *context) {
    if (declared) {
        o->type = declared;
        if (declared == ty_invalid)
            o->used = true;  // its type was reported; no follow-on error
        if (x)
            assign_operand(c, x, declared, context);
        if (x && x->mode == MODE_INVALID)
            o->used = true;  // no follow-on "declared but not used" (types2 does the same)
        return;
    }
    default_operand(c, x, context);
    o->type = x->mode == MODE_INVALID ? ty_invalid : x->type;
    if (x->mode == MODE_INVALID)
        o->used = true;
    if (x->expr)
        record(x);
}

// check_var_spec checks a local `var a, b T = x, y` (Go spec: Variable declarations).
void check_var_spec(Checker *c, Node *spec) {
    int n = spec->names.len, nvalues = spec->list.len;
    check_init_count(spec);
    Type *declared = spec->type ? resolve_type(c, spec->type) : NULL;
    Operand *ops = NULL;
    const char *context = "variable declaration";
    if (nvalues == 1 && n > 1) {
        ops = check_values(c, &spec->list, n);  // var a, b = f()
        context = "assignment";
    } else if (nvalues > 0) {
        ops = arena_alloc(sizeof(Operand) * (size_t)n);
        for (int i = 0; i < n; i++) {
            if (i < nvalues)
                check_expr(c, &ops[i], spec->list.items[i]);
            else
                ops[i].mode = MODE_INVALID;
        }
    }
    Vec objs = {0};
    for (int i = 0; i < n; i++) {
        Node *id = spec->names.items[i];
        Object *o = new_object(OBJ_VAR, id->name, id->pos, NULL);
        o->decl = spec;
        id->obj = o;
        if (nvalues && !ops) {
            o->type = declared ? declared : ty_invalid;
            o->used = true;
        } else {
            init_var(c, o, ops ? &ops[i] : NULL, declared, context);
        }
        vec_push(&objs, o);
    }
    for (int i = 0; i < objs.len; i++)  // the scope starts after the spec
        declare_local_var(c, VEC_AT(&objs, i));
}

// check_define checks `a, b := x, y` (Go spec: Short variable declarations):
// at least one non-blank name must be new in this scope; the others are
// assigned.
static void check_define(Checker *c, Node *s) {
    int n = s->lhs_list.len;
    Vec news = {0};
    bool any_new = false;
    Object **objs = arena_alloc(sizeof(Object *) * (size_t)n);
    for (int i = 0; i < n; i++) {
        Node *id = s->lhs_list.items[i];
        if (id->kind != EXPR_IDENT) {
            error_at(id->pos, "non-name %s on left side of :=", expr_string(id));
            return;
        }
        Object *prev = scope_lookup_local(c->scope, id->name);
        if (prev && strcmp(id->name, "_") != 0) {
            objs[i] = prev;
            id->obj = prev;
            continue;
        }
        objs[i] = new_object(OBJ_VAR, id->name, id->pos, NULL);
        objs[i]->decl = s;
        id->obj = objs[i];
        any_new |= strcmp(id->name, "_") != 0;
        vec_push(&news, objs[i]);
    }
    Operand *ops = check_values(c, &s->rhs_list, n);
    for (int i = 0; i < n; i++) {
        if (!ops) {
            if (!objs[i]->type)
                objs[i]->type = ty_invalid;
            objs[i]->used = true;
        } else if (!objs[i]->type) {
            init_var(c, objs[i], &ops[i], NULL, "assignment");
        } else {
            assign_operand(c, &ops[i], objs[i]->type, "assignment");
        }
    }
    if (!any_new)
        error_at(s->op_pos, "no new variables on left side of :=");
    for (int i = 0; i < news.len; i++)
        declare_local_var(c, VEC_AT(&news, i));
}

// report_unassignable explains why e cannot be assigned to; a field of a map
// element gets gc's special message.
static void report_unassignable(Node *e, Operand *x) {
    Node *inner = unparen(e);
    if (inner->kind == EXPR_SELECTOR && inner->sel && inner->sel->kind == SEL_FIELD) {
        Node *base = unparen(inner->lhs);
        if (base->kind == EXPR_INDEX && base->lhs->ty && underlying(base->lhs->ty)->kind == TY_MAP) {
            error_at(expr_start(e), "cannot assign to struct field %s in map", expr_string(e));
            return;
        }
    }
    error_at(expr_start(e), "cannot assign to %s", operand_string(x));
}

// check_lhs checks an assignment's left-hand side and returns its type (NULL
// for the blank identifier). Reading a variable only to assign it is not a use.
static Type *check_lhs(Checker *c, Node *e, bool *ok) {
    e = unparen(e);
    if (e->kind == EXPR_IDENT && strcmp(e->name, "_") == 0) {
        e->obj = NULL;
        return NULL;
    }
    Operand x;
    bool was_used = false;
    Object *o = e->kind == EXPR_IDENT ? scope_lookup(c->scope, e->name) : NULL;
    if (o)
        was_used = o->used;
    check_expr(c, &x, e);
    if (o && o->kind == OBJ_VAR && !o->is_global)
        o->used = was_used;
    if (x.mode == MODE_INVALID) {
        *ok = false;
        return NULL;
    }
    if (x.mode != MODE_VAR && x.mode != MODE_MAPINDEX) {
        report_unassignable(e, &x);
        *ok = false;
        return NULL;
    }
    return x.type;
}

// assign_to_lhs assigns x to the left-hand side lhs (types2 assignVar).
void assign_to_lhs(Checker *c, Node *lhs, Operand *x) {
    bool ok = true;
    Type *t = check_lhs(c, lhs, &ok);
    if (!ok)
        return;
    if (t)
        assign_operand(c, x, t, "assignment");
    else
        default_operand(c, x, "assignment");
}

static void check_assign(Checker *c, Node *s) {
    int n = s->lhs_list.len;
    bool ok = true;
    Type **types = arena_alloc(sizeof(Type *) * (size_t)n);
    for (int i = 0; i < n; i++)
        types[i] = check_lhs(c, s->lhs_list.items[i], &ok);
    Operand *ops = check_values(c, &s->rhs_list, n);
    if (!ops || !ok) {
        for (int i = 0; i < n; i++) {  // no follow-on "declared but not used" (types2 check.use)
            Node *lhs = s->lhs_list.items[i];
            if (lhs->kind == EXPR_IDENT && lhs->obj)
                lhs->obj->used = true;
        }
        return;
    }
    bool all_ok = true;
    for (int i = 0; i < n; i++) {
        if (types[i])
            assign_operand(c, &ops[i], types[i], "assignment");
        else
            default_operand(c, &ops[i], "assignment to _ identifier");
        all_ok &= ops[i].mode != MODE_INVALID;
    }
    for (int i = 0; i < n && !all_ok; i++) {  // types2 assignVars: a failed assignment uses them
        Node *lhs = s->lhs_list.items[i];
        if (lhs->kind == EXPR_IDENT && lhs->obj)
            lhs->obj->used = true;
    }
}

// check_op_assign checks `x op= y` and `x++` as `x = x op y` (Go spec:
// Assignment statements, IncDec statements).
static void check_op_assign(Checker *c, Node *s, Node *lhs, Node *rhs, Op op) {
    bool ok = true;
    Type *t = check_lhs(c, lhs, &ok);
    if (!ok)
        return;
    if (!t) {
        error_at(lhs->pos, "cannot use _ as value or type");
        return;
    }
    // The result of x op y has x's type, so checking the operation is enough.
    Node *bin = new_binary(op, lhs, rhs, s->pos);
    bin->flags |= NODE_OP_ASSIGN;
    Operand x;
    check_expr(c, &x, bin);
}

// check_incdec checks x++ and x-- (Go spec: IncDec statements): x is a
// numeric variable.
static void check_incdec(Checker *c, Node *s) {
    Operand x;
    check_expr(c, &x, s->lhs);
    if (x.mode == MODE_INVALID)
        return;
    if (!is_numeric(x.type)) {
        const char *op = s->op == OP_ADD ? "++" : "--";
        error_at(expr_start(s->lhs), "invalid operation: %s%s (non-numeric type %s)",
                 expr_string(s->lhs), op, type_string(x.type));
        return;
    }
    assign_to_lhs(c, s->lhs, &x);
}

// ---- Control flow ---------------------------------------------------------------------------

static void check_condition(Checker *c, Node *cond, const char *stmt) {
    Operand x;
    check_expr(c, &x, cond);
    if (x.mode == MODE_INVALID)
        return;
    if (!is_boolean(x.type)) {
        error_at(cond->pos, "non-boolean condition in %s statement", stmt);
        return;
    }
    default_operand(c, &x, "assignment");
}

static void check_if(Checker *c, Node *s) {
    open_scope(c);
    if (s->init)
        check_stmt(c, s->init);
    check_condition(c, s->cond, "if");
    check_block(c, s->body);
    if (s->els)
        check_stmt(c, s->els);
    close_scope(c);
}

static void check_for(Checker *c, Node *s) {
    open_scope(c);
    if (s->init)
        check_stmt(c, s->init);
    if (s->cond)
        check_condition(c, s->cond, "for");
    if (s->post) {
        if (s->post->kind == STMT_DEFINE)
            error_at(s->post->pos, "cannot declare in post statement of for loop");
        else
            check_stmt(c, s->post);
    }
    check_loop_body(c, s->body);
    close_scope(c);
}

static bool has_named_results(Node *fn) {
    return fn->type->results.len > 0 && ((Node *)fn->type->results.items[0])->names.len > 0;
}

// check_return checks a return statement's values against the function's
// results (types2 initVars with a return statement).
// check_case_values checks a clause's values against the tag and reports a
// constant that an earlier case already has (types2 caseValues).
static void check_case_values(Checker *c, Operand *tag, Node *clause, Vec *seen) {
    for (int i = 0; i < clause->list.len; i++) {
        Operand *v = NEW(Operand);
        if (!check_case_value(c, tag, clause->list.items[i], v) || v->mode != MODE_CONST)
            continue;
        for (int k = 0; k < seen->len; k++) {
            Operand *prev = VEC_AT(seen, k);
            if (types_identical(prev->type, v->type) && const_compare(OP_EQ, prev->cval, v->cval)) {
                Pos at = expr_start(prev->expr);
                error_at(expr_start(v->expr),
                         "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                         operand_string(v), at.file, at.line, at.col);
                v = NULL;
                break;
            }
        }
        if (v)
            vec_push(seen, v);
    }
}

// check_clause_stmts checks a case clause's statements in their own scope.
// A fallthrough may only end a clause of an expression switch that is not
// the last (Go spec: Fallthrough statements).
void check_clause_stmts(Checker *c, Node *clause, bool last, bool type_switch) {
    NodeList *stmts = &clause->body->list;
    for (int i = 0; i < stmts->len; i++) {
        Node *st = stmts->items[i];
        Node *inner = st;
        while (inner->kind == STMT_LABELED && inner->body)
            inner = inner->body;
        if (inner->kind == STMT_FALLTHROUGH && i == stmts->len - 1) {
            if (type_switch)
                error_at(st->pos, "cannot fallthrough in type switch");
            else if (last)
                error_at(st->pos, "cannot fallthrough final case in switch");
            continue;
        }
        check_stmt(c, st);
    }
}

// report_multiple_defaults reports every default clause after the first.
void report_multiple_defaults(Node *s) {
    Node *first = NULL;
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        if (clause->list.len != 0)
            continue;
        if (first)
            error_at(clause->pos, "multiple defaults (first at %s:%d:%d)", first->pos.file,
                     first->pos.line, first->pos.col);
        else
            first = clause;
    }
}

// check_switch checks an expression switch (Go spec: Switch statements). A
// switch without a tag switches on `true`.
static void check_switch(Checker *c, Node *s) {
    open_scope(c);
    if (s->init)
        check_stmt(c, s->init);
    Operand tag;
    if (s->tag_expr) {
        check_expr(c, &tag, s->tag_expr);
        default_operand(c, &tag, "switch expression");
        record(&tag);
    } else {
        tag = (Operand){.mode = MODE_CONST, .type = ty_bool, .cval = const_bool(true),
                        .expr = new_ident("true", s->pos)};
    }
    report_multiple_defaults(s);
    Vec seen = {0};
    c->breakable++;
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        check_case_values(c, &tag, clause, &seen);
        open_scope(c);
        check_clause_stmts(c, clause, i == s->list.len - 1, false);
        close_scope(c);
    }
    c->breakable--;
    close_scope(c);
}

// check_results_in_scope checks a bare return: each named result must be
// what its name denotes there (Go spec: Return statements, "implementation
// restriction").
static void check_results_in_scope(Checker *c, Node *s) {
    Scope *fs = c->scope;
    while (fs && !fs->is_func)
        fs = fs->parent;
    for (int i = 0; fs && i < fs->objs.len; i++) {
        Object *r = VEC_AT(&fs->objs, i);
        Object *alt = r->is_result ? scope_lookup(c->scope, r->name) : NULL;
        if (alt && alt != r)
            error_at(s->pos, "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of %s",
                     r->name, alt->pos.file, alt->pos.line, alt->pos.col, object_string(alt));
    }
}

static void check_return(Checker *c, Node *s) {
    Vec *want = &c->func_type->results;
    if (s->list.len == 0) {
        if (want->len > 0 && !has_named_results(c->func_decl))
            error_at(s->pos, "not enough return values\n\thave ()\n\twant %s",
                     types_summary(want, false));
        else if (want->len > 0)
            check_results_in_scope(c, s);
        return;
    }
    Vec ops = {0};
    if (!check_expr_list(c, &s->list, &ops))
        return;
    if (ops.len != want->len) {
        bool many = ops.len > want->len;
        Operand *at = VEC_AT(&ops, many ? want->len : ops.len - 1);
        Vec have = {0};
        for (int i = 0; i < ops.len; i++)
            vec_push(&have, ((Operand *)VEC_AT(&ops, i))->type);
        error_at(expr_start(at->expr), "%s return values\n\thave %s\n\twant %s",
                 many ? "too many" : "not enough", types_summary(&have, false), types_summary(want, false));
        return;
    }
    for (int i = 0; i < want->len; i++)
        assign_operand(c, VEC_AT(&ops, i), VEC_AT(want, i), "return statement");
}

// is_statement_builtin: the built-ins that may be called as statements
// (Go spec: Expression statements); the others yield a value to use.
static bool is_statement_builtin(Builtin id) {
    switch (id) {
    case BUILTIN_COPY:
    case BUILTIN_DELETE:
    case BUILTIN_PANIC:
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN:
    case BUILTIN_RECOVER:
    case BUILTIN_CLOSE: return true;
    default: return false;
    }
}

// call_kind classifies an expression as types2 does for statements: a call
// (of a function, or of a statement built-in), a conversion, or another
// expression whose value would be discarded.
typedef enum CallKind { KIND_CALL, KIND_CONVERSION, KIND_EXPRESSION } CallKind;

static CallKind call_kind(Node *e) {
    e = unparen(e);
    if (e->kind != EXPR_CALL)
        return KIND_EXPRESSION;
    if (e->flags & NODE_CONVERSION)
        return KIND_CONVERSION;
    Node *f = unparen(e->lhs);
    Object *o = f->kind == EXPR_IDENT || f->kind == EXPR_SELECTOR ? f->obj : NULL;
    if (o && o->kind == OBJ_BUILTIN && !is_statement_builtin(o->builtin))
        return KIND_EXPRESSION;
    return KIND_CALL;
}

static void check_expr_stmt(Checker *c, Node *s) {
    Operand x;
    check_multi_expr(c, &x, s->lhs);
    if (x.mode == MODE_INVALID)
        return;
    Node *e = unparen(s->lhs);
    if (call_kind(e) == KIND_CALL || (e->kind == EXPR_UNARY && e->op == OP_RECV))
        return;
    const char *msg = x.mode == MODE_BUILTIN ? "must be called"
                      : x.mode == MODE_TYPE  ? "is not an expression"
                                             : "is not used";
    error_at(e->pos, "%s %s", operand_string(&x), msg);
}

// check_defer checks `defer f(x)` (Go spec: Defer statements): the operand
// must be a call, and not of a conversion or a built-in with a value.
static void check_defer(Checker *c, Node *s, const char *keyword) {
    Operand x;
    check_multi_expr(c, &x, s->lhs);
    if (x.mode == MODE_INVALID)
        return;
    CallKind kind = call_kind(s->lhs);
    if (kind == KIND_CALL)
        return;
    error_at(expr_start(s->lhs), "%s %s %s", keyword,
             kind == KIND_CONVERSION ? "requires function call, not conversion" : "discards result of",
             operand_string(&x));
}

// check_stmt dispatches on the statement kind.
void check_stmt(Checker *c, Node *s) {
    switch (s->kind) {
    case STMT_EMPTY: return;
    case STMT_EXPR: check_expr_stmt(c, s); return;
    case STMT_DEFINE: check_define(c, s); return;
    case STMT_ASSIGN:
        if (s->op)
            check_op_assign(c, s, s->lhs_list.items[0], s->rhs_list.items[0], s->op);
        else
            check_assign(c, s);
        return;
    case STMT_INCDEC: check_incdec(c, s); return;
    case STMT_DECL: check_local_decl(c, s->decl); return;
    case STMT_BLOCK: check_block(c, s); return;
    case STMT_IF: check_if(c, s); return;
    case STMT_FOR: check_for(c, s); return;
    case STMT_RETURN: check_return(c, s); return;
    case STMT_BREAK:  // labeled branches are resolved by labels.c
        if (!s->label && !c->breakable)
            error_at(s->pos, "break is not in a loop, switch, or select");
        return;
    case STMT_CONTINUE:
        if (!s->label && !c->loops)
            error_at(s->pos, "continue is not in a loop");
        return;
    case STMT_GOTO: return;
    case STMT_LABELED: check_stmt(c, s->body); return;
    case STMT_RANGE: check_range(c, s); return;
    case STMT_SWITCH: check_switch(c, s); return;
    case STMT_TYPE_SWITCH: check_type_switch(c, s); return;
    case STMT_DEFER: check_defer(c, s, "defer"); return;
    case STMT_FALLTHROUGH: error_at(s->pos, "fallthrough statement out of place"); return;
    case STMT_GO: check_defer(c, s, "go"); return;
    case STMT_SEND: check_send(c, s); return;       // select.c
    case STMT_SELECT: check_select(c, s); return;   // select.c
    case NODE_BAD: return;  // reported by the parser
    default: unreachable();
    }
}
