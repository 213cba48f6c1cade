// call.c: calls, conversions and built-in functions (Go spec: Calls,
// Conversions, Built-in functions).
#include "check.h"

#include <string.h>

// types_summary writes a list of operand types as types2 does in have/want
// lines: untyped numbers are "number", other untyped kinds lose "untyped".
const char *types_summary(Vec *types) {
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
        if (x->mode == MODE_NOVALUE) {
            error_at(expr_start(x->expr), "%s (no value) used as value", expr_string(x->expr));
            x->mode = MODE_INVALID;
        }
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

// check_func_call checks a call of a function value against its signature.
static void check_func_call(Checker *c, Operand *x, Node *call, Type *sig) {
    Vec args = {0};
    if (!check_expr_list(c, &call->list, &args)) {
        x->mode = MODE_INVALID;
        return;
    }
    if (call->has_ellipsis) {
        error_at(call->pos, "cannot use ... in call to non-variadic %s", expr_string(call->lhs));
        x->mode = MODE_INVALID;
        return;
    }
    if (args.len != sig->params.len) {
        bool many = args.len > sig->params.len;
        Pos at = call->pos;
        if (many)
            at = expr_start(((Operand *)VEC_AT(&args, sig->params.len))->expr);
        else if (args.len > 0)
            at = expr_start(((Operand *)VEC_AT(&args, args.len - 1))->expr);
        Vec have = {0};
        for (int i = 0; i < args.len; i++)
            vec_push(&have, ((Operand *)VEC_AT(&args, i))->type);
        error_at(at, "%s arguments in call to %s\n\thave %s\n\twant %s",
                 many ? "too many" : "not enough", expr_string(call->lhs), types_summary(&have),
                 types_summary(&sig->params));
        x->mode = MODE_INVALID;
        return;
    }
    for (int i = 0; i < sig->results.len; i++)
        if (VEC_AT(&sig->results, i) == ty_invalid) {
            x->mode = MODE_INVALID;  // its declaration was reported
            return;
        }
    const char *context = arena_printf("argument to %s", expr_string(call->lhs));
    for (int i = 0; i < args.len; i++)
        assign_operand(c, VEC_AT(&args, i), VEC_AT(&sig->params, i), context);
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

// convertible says whether a non-constant value of type v can be converted
// to type t (Go spec: Conversions), for the types mgc has so far: between
// identical underlying types, and between numeric types.
static bool convertible(Type *v, Type *t) {
    return types_identical(underlying(v), underlying(t)) || (is_numeric(v) && is_numeric(t));
}

// check_conversion checks T(x) (Go spec: Conversions). A constant converted
// to a basic type stays constant and must be representable there: int(2.0)
// is 2 and int(2.5) an error; float32(0.1) is 0.1 rounded to float32.
static void check_conversion(Checker *c, Operand *x, Node *call, Type *t) {
    if (call->list.len != 1) {
        error_at(call->pos, call->list.len ? "too many arguments in conversion to %s"
                                           : "missing argument in conversion to %s",
                 type_string(t));
        x->mode = MODE_INVALID;
        return;
    }
    check_expr(c, x, call->list.items[0]);
    if (x->mode == MODE_INVALID)
        return;
    bool ok;
    if (x->mode == MODE_CONST && (is_boolean(t) || is_numeric(t) || is_string(t))) {
        ConstValue *rounded = NULL;
        ok = const_representable(x->cval, t, &rounded);
        if (rounded)
            x->cval = rounded;  // even if it does not fit: types2's message shows it
    } else {
        ok = convertible(x->type, t);
    }
    if (!ok) {
        error_at(expr_start(x->expr), "cannot convert %s to type %s", operand_string(x),
                 type_string(t));
        x->mode = MODE_INVALID;
        return;
    }
    // The conversion gives an untyped argument its final type.
    if (is_untyped(x->type) && x->mode == MODE_CONST)
        x->type = t;
    else if (is_untyped(x->type))
        convert_untyped_or_report(x, t);  // the untyped operand of a non-constant shift
    record(x);
    if (x->mode != MODE_CONST)
        x->mode = MODE_VALUE;
    x->type = t;
    x->expr = call;
    call->flags |= NODE_CONVERSION;
}

void check_call(Checker *c, Operand *x, Node *call) {
    Operand f;
    check_expr_or_type(c, &f, call->lhs);
    switch (f.mode) {
    case MODE_INVALID: x->mode = MODE_INVALID; return;
    case MODE_TYPE: check_conversion(c, x, call, f.type); return;
    case MODE_BUILTIN: check_builtin(c, x, call, f.obj->builtin); return;
    default: break;
    }
    if (!f.obj || f.obj->kind != OBJ_FUNC) {
        if (underlying(f.type)->kind == TY_FUNC) {
            not_yet(call->pos, "calls of function values are");
            x->mode = MODE_INVALID;
            return;
        }
    }
    if (underlying(f.type)->kind != TY_FUNC) {
        error_at(call->pos, "invalid operation: cannot call non-function %s", operand_string(&f));
        x->mode = MODE_INVALID;
        return;
    }
    check_func_call(c, x, call, f.type);
}

// ---- Built-in functions -------------------------------------------------------------------

// check_print checks print and println: any number of values of any type;
// a multi-value call as the only argument prints each of its values. Like
// types2, it gives the arguments their types in order up to the first invalid
// one.
static bool check_print(Checker *c, Node *call) {
    Vec args = {0};
    check_expr_list(c, &call->list, &args);
    const char *context = arena_printf("argument to %s", expr_string(call->lhs));
    for (int i = 0; i < args.len; i++) {
        Operand *y = VEC_AT(&args, i);
        default_operand(c, y, context);
        if (y->mode == MODE_INVALID)
            return false;
        record(y);
    }
    return true;
}

static bool check_len(Checker *c, Operand *x, Node *call) {
    Operand y;
    check_expr(c, &y, call->list.items[0]);
    if (y.mode == MODE_INVALID)
        return false;
    if (!is_string(y.type)) {
        error_at(expr_start(y.expr), "invalid argument: %s for len", operand_string(&y));
        return false;
    }
    if (y.mode == MODE_CONST) {
        x->mode = MODE_CONST;
        x->cval = const_int_si((long)y.cval->slen);
    } else {
        default_operand(c, &y, "argument to len");
        x->mode = MODE_VALUE;
    }
    x->type = ty_int;
    return true;
}

static bool check_panic(Checker *c, Node *call) {
    Operand y;
    check_expr(c, &y, call->list.items[0]);
    if (y.mode == MODE_INVALID)
        return false;
    if (!is_string(y.type)) {
        not_yet(call->pos, "panic with a non-string value is");
        return false;
    }
    default_operand(c, &y, "argument to panic");
    return y.mode != MODE_INVALID;
}

static bool check_os_exit(Checker *c, Node *call) {
    Operand y;
    check_expr(c, &y, call->list.items[0]);
    assign_operand(c, &y, ty_int, "argument to os.Exit");
    return y.mode != MODE_INVALID;
}

static const char *builtin_names[] = {
    [BUILTIN_APPEND] = "append", [BUILTIN_CAP] = "cap",        [BUILTIN_COPY] = "copy",
    [BUILTIN_DELETE] = "delete", [BUILTIN_LEN] = "len",        [BUILTIN_MAKE] = "make",
    [BUILTIN_NEW] = "new",       [BUILTIN_PANIC] = "panic",    [BUILTIN_PRINT] = "print",
    [BUILTIN_PRINTLN] = "println", [BUILTIN_RECOVER] = "recover", [BUILTIN_COMPLEX] = "complex",
    [BUILTIN_REAL] = "real",     [BUILTIN_IMAG] = "imag",      [BUILTIN_CLOSE] = "close",
    [BUILTIN_OS_EXIT] = "os.Exit",
};

// check_builtin checks a call of a built-in function (Go spec: Built-in
// functions). print and println take any number of arguments; the others here
// take exactly one.
void check_builtin(Checker *c, Operand *x, Node *call, Builtin id) {
    const char *name = builtin_names[id];
    x->mode = MODE_NOVALUE;
    x->type = NULL;
    x->expr = call;
    bool ok;
    if (id != BUILTIN_PRINT && id != BUILTIN_PRINTLN && call->list.len != 1 &&
        (id == BUILTIN_LEN || id == BUILTIN_PANIC || id == BUILTIN_OS_EXIT)) {
        error_at(expr_start(call), "invalid operation: %s arguments for %s (expected 1, found %d)",
                 call->list.len ? "too many" : "not enough", expr_string(call), call->list.len);
        x->mode = MODE_INVALID;
        return;
    }
    switch (id) {
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN: ok = check_print(c, call); break;
    case BUILTIN_LEN: ok = check_len(c, x, call); break;
    case BUILTIN_PANIC: ok = check_panic(c, call); break;
    case BUILTIN_OS_EXIT: ok = check_os_exit(c, call); break;
    default:
        error_at(call->pos, "built-in %s is not yet supported by mgc", name);
        ok = false;
    }
    if (!ok)
        x->mode = MODE_INVALID;
}
