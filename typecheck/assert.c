// assert.c: type assertions x.(T) and type switches (Go spec: Type
// assertions, Type switches).
#include "check.h"

#include <string.h>

// check_asserted_type reports T when no value of x's interface type can
// have dynamic type T (= types2 typeAssertion): a concrete T must have
// every method of the interface.
static bool check_asserted_type(Operand *x, Node *e, Type *t, bool in_switch) {
    const char *cause;
    if (assertable(x->type, t, &cause))
        return true;
    if (in_switch)
        error_at(expr_start(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                 expr_string(e), operand_string(x), type_string(t), cause);
    else
        error_at(expr_start(e), "impossible type assertion: %s\n\t%s does not implement %s %s",
                 expr_string(e), type_string(t), type_string(x->type), cause);
    return false;
}

// check_interface_operand checks that x, the operand of an assertion or a
// type switch, is of interface type.
static bool check_interface_operand(Operand *x, bool in_switch) {
    if (x->mode == MODE_INVALID)
        return false;
    if (is_interface(x->type))
        return true;
    error_at(expr_start(x->expr), in_switch ? "%s is not an interface"
                                            : "invalid operation: %s is not an interface",
             operand_string(x));
    return false;
}

void check_type_assert(Checker *c, Operand *x, Node *e) {
    if (!e->type) {
        error_at(e->pos, "invalid AST: use of .(type) outside type switch");
        x->mode = MODE_INVALID;
        return;
    }
    check_expr(c, x, e->lhs);
    if (!check_interface_operand(x, false)) {
        x->mode = MODE_INVALID;
        return;
    }
    Type *t = resolve_type(c, e->type);
    if (t == ty_invalid || !check_asserted_type(x, e, t, false)) {
        x->mode = MODE_INVALID;
        return;
    }
    x->mode = MODE_COMMAOK;
    x->type = t;
}

// ---- Type switches ----------------------------------------------------------------------------

// case_types checks the types of one clause (= types2 caseTypes): each is a
// type or nil, appears in no earlier clause, and is possible for x. It
// returns the clause's single type (NULL for nil, a list or default).
static Type *case_types(Checker *c, Operand *x, Node *clause, Vec *seen) {
    Type *single = NULL;
    for (int i = 0; i < clause->list.len; i++) {
        Node *e = clause->list.items[i];
        Type *t = NULL;  // nil
        if (e->kind == EXPR_IDENT && strcmp(e->name, "nil") == 0 &&
            scope_lookup(c->scope, "nil")->kind == OBJ_NIL) {
            e->ty = ty_untyped_nil;
        } else {
            t = resolve_type(c, e);
            if (t == ty_invalid)
                continue;
        }
        bool dup = false;
        for (int k = 0; k < seen->len && !dup; k++) {
            Node *prev = VEC_AT(seen, k);
            Type *pt = prev->ty == ty_untyped_nil ? NULL : prev->ty;
            if ((!t && !pt) || (t && pt && types_identical(t, pt))) {
                Pos at = expr_start(prev);
                error_at(expr_start(e), "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
                         t ? type_string(t) : "nil", at.file, at.line, at.col);
                dup = true;
            }
        }
        if (dup)
            continue;
        vec_push(seen, e);
        if (x && t)
            check_asserted_type(x, e, t, true);
        single = t;
    }
    return clause->list.len == 1 ? single : NULL;
}

// declare_clause_var declares `v` of `switch v := x.(type)` in one clause:
// with the clause's type if it lists exactly one, else with x's type.
static Object *declare_clause_var(Checker *c, Node *s, Node *clause, Type *t) {
    Object *v = new_object(OBJ_VAR, s->name, s->name_pos, t);
    v->decl = s;
    clause->obj = v;
    declare(c, c->scope, v);
    return v;
}

void check_type_switch(Checker *c, Node *s) {
    open_scope(c);
    if (s->init)
        check_stmt(c, s->init);
    const char *name = s->name;
    if (name && strcmp(name, "_") == 0) {
        error_at(s->name_pos, "no new variable on left side of :=");
        name = NULL;
    }
    Operand x;
    check_expr(c, &x, s->tag_expr);
    if (x.mode == MODE_INVALID) {
        close_scope(c);
        return;
    }
    Operand *sx = check_interface_operand(&x, true) ? &x : NULL;
    report_multiple_defaults(s);
    Vec seen = {0}, vars = {0};
    c->breakable++;
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        Type *t = case_types(c, sx, clause, &seen);
        open_scope(c);
        if (name)
            vec_push(&vars, declare_clause_var(c, s, clause, t ? t : x.type));
        check_clause_stmts(c, clause, false, true);
        close_scope(c);
    }
    c->breakable--;
    bool used = false;
    for (int i = 0; i < vars.len; i++)
        used |= ((Object *)VEC_AT(&vars, i))->used;
    if (name && !used)
        error_at(s->name_pos, "%s declared but not used", name);
    close_scope(c);
}
