// selector.c: selectors x.f (Go spec: Selectors, Method values, Method
// expressions) and qualified identifiers of imported packages.
#include "check.h"

#include <string.h>

// other_case is sel with its first letter's case flipped, for gc's hint
// "but does have F".
static const char *other_case(const char *sel) {
    char *s = arena_strdup(sel);
    unsigned char c0 = (unsigned char)s[0];
    if (c0 >= 'a' && c0 <= 'z')
        s[0] = (char)(c0 - 'a' + 'A');
    else if (c0 >= 'A' && c0 <= 'Z')
        s[0] = (char)(c0 - 'A' + 'a');
    return s;
}

// report_no_selection explains why x.sel selects nothing (types2 selector).
static void report_no_selection(Operand *x, Node *e, bool ambiguous, bool needs_addr) {
    const char *sel = e->name;
    if (ambiguous) {
        error_at(e->name_pos, "ambiguous selector %s.%s", expr_string(x->expr), sel);
        return;
    }
    if (needs_addr) {
        error_at(e->name_pos, "cannot call pointer method %s on %s", sel, type_string(x->type));
        return;
    }
    const char *why;
    if (is_pointer(x->type) && is_interface(underlying(x->type)->elem)) {
        why = arena_printf("type %s is pointer to interface, not interface", type_string(x->type));
    } else {
        why = arena_printf("type %s has no field or method %s", type_string(x->type), sel);
        bool amb, addr;
        const char *alt = other_case(sel);
        if (strcmp(alt, sel) != 0 &&
            lookup_field_or_method(x->type, x->mode == MODE_VAR, alt, false, &amb, &addr))
            why = arena_printf("%s, but does have %s", why, alt);
    }
    error_at(e->name_pos, "%s.%s undefined (%s)", expr_string(x->expr), sel, why);
}

// visible_here: a selected field or method with an unexported name can only
// be used in the package that declared it (Go spec: Exported identifiers).
static bool visible_here(Checker *c, Selection *s) {
    const char *pkg = s->field ? s->field->pkg : s->method->func ? s->method->func->pkg : NULL;
    return !pkg || is_exported(s->field ? s->field->name : s->method->name) ||
           strcmp(pkg, c->p->path) == 0;
}

// method_expr_type is the type of T.M: M's signature with the receiver T as
// an extra first parameter.
static Type *method_expr_type(Type *recv, Method *m) {
    Type *t = new_func_type();
    vec_push(&t->params, recv);
    vec_push(&t->param_names, NULL);
    for (int i = 0; i < m->type->params.len; i++) {
        vec_push(&t->params, VEC_AT(&m->type->params, i));
        vec_push(&t->param_names, VEC_AT(&m->type->param_names, i));
    }
    t->results = m->type->results;
    t->result_names = m->type->result_names;
    t->variadic = m->type->variadic;
    return t;
}

void check_selector(Checker *c, Operand *x, Node *e) {
    if (e->lhs->kind == EXPR_IDENT) {
        Object *o = scope_lookup(c->scope, e->lhs->name);
        if (o && o->kind == OBJ_PACKAGE)
            return check_package_member(c, x, e, o);  // library.c
    }
    check_expr_or_type(c, x, e->lhs);
    if (x->mode == MODE_INVALID)
        return;
    if (x->mode == MODE_BUILTIN) {
        error_at(e->pos, "cannot select on %s", operand_string(x));
        x->mode = MODE_INVALID;
        return;
    }
    if (x->mode == MODE_NOVALUE || x->mode == MODE_PACKAGE) {
        expect_value(x);
        x->mode = MODE_INVALID;
        return;
    }
    bool ambiguous, needs_addr;
    Selection *s = lookup_field_or_method(x->type, x->mode == MODE_VAR, e->name, false,
                                          &ambiguous, &needs_addr);
    if (s && !visible_here(c, s))
        s = NULL;  // another package's unexported field or method
    if (!s) {
        if (underlying(x->type) != ty_invalid)
            report_no_selection(x, e, ambiguous, needs_addr);
        x->mode = MODE_INVALID;
        return;
    }
    e->sel = s;
    if (s->method && s->method->func)
        note_use(c, s->method->func);
    if (x->mode == MODE_TYPE) {
        if (!s->method) {
            error_at(e->name_pos, "%s.%s undefined (type %s has no method %s)", expr_string(x->expr),
                     e->name, type_string(x->type), e->name);
            x->mode = MODE_INVALID;
            return;
        }
        s->kind = SEL_METHOD_EXPR;
        x->mode = MODE_VALUE;
        x->type = method_expr_type(x->type, s->method);
    } else if (s->field) {
        x->mode = x->mode == MODE_VAR || s->indirect ? MODE_VAR : MODE_VALUE;
        x->type = s->field->type;
    } else {
        x->mode = MODE_VALUE;
        x->type = s->method->type;
    }
    x->cval = NULL;
    x->obj = NULL;
    x->expr = e;
}
