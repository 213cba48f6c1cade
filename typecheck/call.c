// call.c: calls, conversions and built-in functions (Go spec: Calls,
// Conversions, Built-in functions).
#include "check.h"

#include "../lexer/lexer.h"

#include <string.h>

// types_summary writes a list of operand types as types2 does in have/want
// lines: untyped numbers are "number", other untyped kinds lose "untyped".
const char *types_summary(Vec *types, bool variadic) {
    Buf b = {0};
    buf_putc(&b, '(');
    for (int i = 0; i < types->len; i++) {
        Type *t = VEC_AT(types, i);
        if (i)
            buf_puts(&b, ", ");
        if (t == ty_invalid)
            buf_puts(&b, "<T>");
        else if (is_untyped(t) && is_numeric(t))
            buf_puts(&b, "number");
        else if (is_untyped(t))
            buf_puts(&b, type_string(t) + strlen("untyped "));
        else if (variadic && i == types->len - 1 && t->kind == TY_SLICE)
            buf_printf(&b, "...%s", type_string(t->elem));
        else
            buf_puts(&b, type_string(t));
    }
    buf_putc(&b, ')');
    return buf_cstr(&b);
}

// check_expr_list evaluates the expressions of a call's arguments or a return
// statement into ops; a single multi-value call spreads into its values (Go
// spec: Calls, "f(g())"). It returns false if any operand is invalid.
bool check_expr_list(Checker *c, NodeList *list, Vec *ops) {
    if (list->len == 1) {
        Operand *x = NEW(Operand);
        check_multi_expr(c, x, list->items[0]);
        if (x->mode != MODE_INVALID && x->type && x->type->kind == TY_TUPLE) {
            for (int i = 0; i < x->type->results.len; i++) {
                Operand *y = NEW(Operand);
                *y = (Operand){.mode = MODE_VALUE, .type = VEC_AT(&x->type->results, i),
                               .expr = x->expr, .spread = true};
                vec_push(ops, y);
            }
            return true;
        }
        expect_value(x);
        vec_push(ops, x);
        return x->mode != MODE_INVALID;
    }
    bool ok = true;
    for (int i = 0; i < list->len; i++) {
        Operand *x = NEW(Operand);
        check_expr(c, x, list->items[i]);
        ok &= x->mode != MODE_INVALID;
        vec_push(ops, x);
    }
    return ok;
}

// report_arg_count reports a call with too many or too few arguments, at the
// first extra argument or the last one given (types2 arguments).
static void report_arg_count(Node *call, Vec *args, int nparams, Type *sig) {
    bool many = args->len > nparams;
    Pos at = call->pos;
    if (many)
        at = expr_start(((Operand *)VEC_AT(args, nparams))->expr);
    else if (args->len > 0)
        at = expr_start(((Operand *)VEC_AT(args, args->len - 1))->expr);
    Vec have = {0};
    for (int i = 0; i < args->len; i++)
        vec_push(&have, ((Operand *)VEC_AT(args, i))->type);
    error_at(at, "%s arguments in call to %s\n\thave %s\n\twant %s", many ? "too many" : "not enough",
             expr_string(call->lhs), types_summary(&have, false),
             types_summary(&sig->params, sig->variadic));
}

// check_arguments checks a call's arguments against the parameters of sig
// (Go spec: Calls, Passing arguments to ... parameters): each argument is
// assigned to its parameter; a variadic function takes any number of final
// arguments of the element type, or one slice followed by `...`.
bool check_arguments(Checker *c, Node *call, Type *sig, Vec *args) {
    int nparams = sig->params.len;
    Vec *params = &sig->params;
    if (call->has_ellipsis && !sig->variadic) {
        error_at(call->pos, "cannot use ... in call to non-variadic %s", expr_string(call->lhs));
        return false;
    }
    if (call->has_ellipsis && call->list.len == 1 && args->len > 1) {
        error_at(call->pos, "cannot use ... with %d-valued %s", args->len,
                 expr_string(call->list.items[0]));
        return false;
    }
    if (sig->variadic && !call->has_ellipsis) {
        if (args->len >= nparams - 1) {
            Vec expanded = {0};  // the final parameter ...T becomes one T per argument
            Type *last = VEC_AT(params, nparams - 1);
            Type *elem = last == ty_invalid ? ty_invalid : last->elem;  // ...Undefined
            for (int i = 0; i < args->len; i++)
                vec_push(&expanded, i < nparams - 1 ? VEC_AT(params, i) : elem);
            params = NEW(Vec);
            *params = expanded;
            nparams = args->len;
        } else {
            nparams--;
        }
    }
    if (args->len != nparams) {
        report_arg_count(call, args, nparams, sig);
        return false;
    }
    const char *context = arena_printf("argument to %s", expr_string(call->lhs));
    for (int i = 0; i < args->len; i++)
        assign_operand(c, VEC_AT(args, i), VEC_AT(params, i), context);
    return true;
}

// check_func_call checks a call of a function value (a declared function, a
// method, a variable of function type) against its signature.
static void check_func_call(Checker *c, Operand *x, Node *call, Type *sig) {
    Vec args = {0};
    if (!check_expr_list(c, &call->list, &args) || !check_arguments(c, call, sig, &args)) {
        x->mode = MODE_INVALID;
        return;
    }
    c->has_call = true;
    for (int i = 0; i < sig->results.len; i++)
        if (VEC_AT(&sig->results, i) == ty_invalid) {
            x->mode = MODE_INVALID;  // its declaration was reported
            return;
        }
    if (sig->results.len == 0) {
        x->mode = MODE_NOVALUE;
        x->type = NULL;
    } else if (sig->results.len == 1) {
        x->mode = MODE_VALUE;
        x->type = VEC_AT(&sig->results, 0);
    } else {
        x->mode = MODE_VALUE;
        x->type = new_tuple();
        x->type->results = sig->results;
    }
    x->expr = call;
}

// ---- Conversions (Go spec: Conversions) ----------------------------------------------------

static bool is_bytes_or_runes(Type *t) {
    Type *u = underlying(t);
    if (u->kind != TY_SLICE)
        return false;
    TypeKind k = underlying(u->elem)->kind;
    return k == TY_UINT8 || k == TY_INT32;
}

// convertible says whether a non-constant x of type v converts to type t (=
// types2 convertibleTo): assignable; identical underlying types; pointers to
// identical underlying types; between numeric types; integers and byte or
// rune slices to strings, and strings to byte or rune slices.
static bool convertible(Type *v, Type *t, const char **why) {
    if (assignable(v, t, why))
        return true;
    *why = NULL;
    Type *vu = underlying(v), *tu = underlying(t);
    if (types_identical_ignore_tags(vu, tu))
        return true;
    if (vu->kind == TY_POINTER && tu->kind == TY_POINTER &&
        types_identical_ignore_tags(underlying(vu->elem), underlying(tu->elem)))
        return true;
    if (is_numeric(vu) && is_numeric(tu))
        return true;
    if ((is_integer(vu) || is_bytes_or_runes(vu)) && is_string(tu))
        return true;
    if (is_string(vu) && is_bytes_or_runes(tu))
        return true;
    if (vu->kind == TY_SLICE && tu->kind == TY_POINTER && underlying(tu->elem)->kind == TY_ARRAY &&
        types_identical(vu->elem, underlying(tu->elem)->elem))
        return true;
    return false;
}

bool is_const_type(Type *t) {
    Type *u = underlying(t);
    return u->kind >= TY_BOOL && (u->kind <= TY_FLOAT64 || u->kind == TY_STRING);
}

// const_convertible says whether constant x converts to the basic type t,
// replacing its value: representable values take theirs in t (float32(0.1)
// is 0.1 rounded to float32; int(2.0) is 2, int(2.5) an error), and an
// integer becomes the UTF-8 string of its code point (U+FFFD if it is none).
static bool const_convertible(Operand *x, Type *t) {
    ConstValue *rounded = NULL;
    bool ok = const_representable(x->cval, t, &rounded);
    if (rounded)
        x->cval = rounded;  // even if it does not fit: the message shows it
    if (ok)
        return true;
    if (is_integer(x->type) && is_string(t) && x->cval->kind == CONST_INT) {
        unsigned long cp = 0xFFFD;
        if (mpz_sgn(x->cval->i) >= 0 && mpz_cmp_ui(x->cval->i, 0x10FFFF) <= 0)
            cp = mpz_get_ui(x->cval->i);
        if (cp >= 0xD800 && cp <= 0xDFFF)
            cp = 0xFFFD;
        Buf utf8 = {0};
        utf8_encode(&utf8, (int32_t)cp);
        x->cval = const_string(buf_cstr(&utf8), utf8.len);
        return true;
    }
    return false;
}

// check_conversion checks T(x) (Go spec: Conversions). A constant converted
// to a basic type stays a constant.
static void check_conversion(Checker *c, Operand *x, Node *call, Type *t) {
    if (call->list.len != 1 || call->has_ellipsis) {
        if (call->has_ellipsis && call->list.len == 1)
            error_at(expr_start(call->list.items[0]), "invalid use of ... in type conversion to %s",
                     type_string(t));
        else
            error_at(call->list.len ? expr_start(call->list.items[call->list.len - 1]) : call->pos,
                     call->list.len ? "too many arguments in conversion to %s"
                                    : "missing argument in conversion to %s",
                     type_string(t));
        x->mode = MODE_INVALID;
        return;
    }
    check_expr(c, x, call->list.items[0]);
    if (x->mode == MODE_INVALID)
        return;
    bool const_arg = x->mode == MODE_CONST;
    const char *why = NULL;
    bool ok = const_arg && is_const_type(t) ? const_convertible(x, t) : convertible(x->type, t, &why);
    if (!ok) {
        if (why)
            error_at(expr_start(x->expr), "cannot convert %s to type %s:\n\t%s", operand_string(x),
                     type_string(t), why);
        else
            error_at(expr_start(x->expr), "cannot convert %s to type %s", operand_string(x),
                     type_string(t));
        x->mode = MODE_INVALID;
        return;
    }
    if (is_untyped(x->type)) {
        // The operand's own type: T, or its default type where T is not a
        // basic type (an interface, say).
        Type *final = t;
        if (x->type != ty_untyped_nil && (is_interface(t) || (const_arg && !is_const_type(t))))
            final = default_type(x->type);
        else if (const_arg && is_integer(x->type) && is_string(t))
            final = x->type;  // string(1 << 100) is "\uFFFD": the integer need not fit anything
        if (!const_arg && !convert_untyped_or_report(x, final))
            return;  // the untyped operand of a non-constant shift: 1 << s
        set_expr_type(x->expr, final);
    }
    record(x);
    if (!const_arg || !is_const_type(t))
        x->mode = MODE_VALUE;
    x->type = t;
    x->expr = call;
    call->flags |= NODE_CONVERSION;
}

void check_call(Checker *c, Operand *x, Node *call) {
    Operand f;
    check_expr_or_type(c, &f, call->lhs);
    switch (f.mode) {
    case MODE_TYPE: check_conversion(c, x, call, f.type); return;
    case MODE_BUILTIN: check_builtin(c, x, call, f.obj->builtin); return;
    case MODE_INVALID:
    case MODE_PACKAGE:
    case MODE_NOVALUE: {
        expect_value(&f);
        Vec args = {0};  // still check them: their names are used (types2 check.use)
        check_expr_list(c, &call->list, &args);
        x->mode = MODE_INVALID;
        return;
    }
    default: break;
    }
    if (underlying(f.type)->kind != TY_FUNC) {
        Vec args = {0};
        check_expr_list(c, &call->list, &args);
        error_at(call->pos, "invalid operation: cannot call non-function %s", operand_string(&f));
        x->mode = MODE_INVALID;
        return;
    }
    check_func_call(c, x, call, underlying(f.type));
}

