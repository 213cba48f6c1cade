// builtin.c: calls of the built-in functions (Go spec: Built-in functions),
// with types2's rules and messages.
#include "check.h"

#include <string.h>

static const char *builtin_names[] = {
    [BUILTIN_APPEND] = "append", [BUILTIN_CAP] = "cap",        [BUILTIN_COPY] = "copy",
    [BUILTIN_DELETE] = "delete", [BUILTIN_LEN] = "len",        [BUILTIN_MAKE] = "make",
    [BUILTIN_NEW] = "new",       [BUILTIN_PANIC] = "panic",    [BUILTIN_PRINT] = "print",
    [BUILTIN_PRINTLN] = "println", [BUILTIN_RECOVER] = "recover", [BUILTIN_COMPLEX] = "complex",
    [BUILTIN_REAL] = "real",     [BUILTIN_IMAG] = "imag",      [BUILTIN_CLOSE] = "close",
};

// The number of arguments each built-in takes (at least, if variadic).
static const struct { int nargs; bool variadic; } arity[] = {
    [BUILTIN_APPEND] = {1, true}, [BUILTIN_CAP] = {1, false},    [BUILTIN_COPY] = {2, false},
    [BUILTIN_DELETE] = {2, false}, [BUILTIN_LEN] = {1, false},   [BUILTIN_MAKE] = {1, true},
    [BUILTIN_NEW] = {1, false},   [BUILTIN_PANIC] = {1, false},  [BUILTIN_PRINT] = {0, true},
    [BUILTIN_PRINTLN] = {0, true}, [BUILTIN_RECOVER] = {0, false},
    [BUILTIN_CLOSE] = {1, false},
};

static Operand *arg(Vec *args, int i) { return VEC_AT(args, i); }

// check_append checks append(s, x...) and append(b, s...) with a string s.
static bool check_append(Checker *c, Operand *x, Node *call, Vec *args) {
    Operand *s = arg(args, 0);
    Type *st = underlying(s->type);
    if (st->kind != TY_SLICE) {
        const char *cause = s->type == ty_untyped_nil
                                ? "have untyped nil"
                                : arena_printf("have %s", operand_string(s));
        error_at(expr_start(s->expr), "first argument to append must be a slice; %s", cause);
        return false;
    }
    x->type = s->type;
    if (args->len == 2 && call->has_ellipsis && underlying(st->elem)->kind == TY_UINT8 &&
        is_string(arg(args, 1)->type)) {
        default_operand(c, arg(args, 1), "argument to append");
        return arg(args, 1)->mode != MODE_INVALID;  // append([]byte, string...)
    }
    // Check the rest as a call of func(s S, x ...T) S.
    Type *sig = new_func_type();
    vec_push(&sig->params, s->type);
    vec_push(&sig->params, new_slice(st->elem));
    sig->variadic = true;
    Vec rest = {0};
    for (int i = 0; i < args->len; i++)
        vec_push(&rest, arg(args, i));
    return check_arguments(c, call, sig, &rest);
}

// check_len_cap checks len(x) and cap(x). The length of an array (or of a
// pointer to one) is a constant if x contains no function call; so is the
// length of a constant string.
static bool check_len_cap(Checker *c, Operand *x, Builtin id, Operand *a, bool had_call) {
    Type *u = underlying(a->type);
    if (u->kind == TY_POINTER && underlying(u->elem)->kind == TY_ARRAY)
        u = underlying(u->elem);
    Mode mode = MODE_INVALID;
    switch (u->kind) {
    case TY_STRING:
    case TY_UNTYPED_STRING:
        if (id == BUILTIN_LEN) {
            mode = a->mode == MODE_CONST ? MODE_CONST : MODE_VALUE;
            if (mode == MODE_CONST)
                x->cval = const_int_si((long)a->cval->slen);
        }
        break;
    case TY_ARRAY:
        mode = had_call ? MODE_VALUE : MODE_CONST;
        x->cval = const_int_si((long)u->len);
        break;
    case TY_SLICE: mode = MODE_VALUE; break;
    case TY_MAP: mode = id == BUILTIN_LEN ? MODE_VALUE : MODE_INVALID; break;
    case TY_CHAN: mode = MODE_VALUE; break;
    default: break;
    }
    if (mode == MODE_INVALID) {
        if (u != ty_invalid)
            error_at(expr_start(a->expr), "invalid argument: %s for %s", operand_string(a),
                     builtin_names[id]);
        return false;
    }
    if (is_untyped(a->type))
        default_operand(c, a, "argument to len");
    record(a);
    x->mode = mode;
    x->type = ty_int;
    return true;
}

static bool check_copy(Operand *x, Vec *args) {
    Operand *dst = arg(args, 0), *src = arg(args, 1);
    Type *d = underlying(dst->type), *s = underlying(src->type);
    Type *selem = s->kind == TY_SLICE ? s->elem : is_string(s) ? ty_byte : NULL;
    if (d->kind != TY_SLICE || !selem) {
        error_at(expr_start(dst->expr), "invalid argument: copy expects slice arguments; found %s and %s",
                 operand_string(dst), operand_string(src));
        return false;
    }
    if (!types_identical(d->elem, selem)) {
        error_at(expr_start(dst->expr),
                 "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                 operand_string(dst), operand_string(src), type_string(d->elem), type_string(selem));
        return false;
    }
    if (is_untyped(src->type))
        src->expr->ty = ty_string;
    x->mode = MODE_VALUE;
    x->type = ty_int;
    return true;
}

static bool check_delete(Checker *c, Vec *args) {
    Operand *m = arg(args, 0);
    Type *u = underlying(m->type);
    if (u->kind != TY_MAP) {
        error_at(expr_start(m->expr), "invalid argument: %s is not a map", operand_string(m));
        return false;
    }
    assign_operand(c, arg(args, 1), u->key, "argument to delete");
    return arg(args, 1)->mode != MODE_INVALID;
}

// check_make checks make(T, n) and make(T, n, m) for slices, make(T) and
// make(T, n) for maps.
static bool check_make(Checker *c, Operand *x, Node *call) {
    Node *arg0 = call->list.items[0];
    Type *t = resolve_type(c, arg0);
    if (t == ty_invalid)
        return false;
    int min;
    switch (underlying(t)->kind) {
    case TY_SLICE: min = 2; break;
    case TY_MAP:
    case TY_CHAN: min = 1; break;
    default:
        error_at(expr_start(arg0), "invalid argument: cannot make %s; type must be slice, map, or channel",
                 expr_string(arg0));
        return false;
    }
    int n = call->list.len;
    if (n < min || n > min + 1) {
        error_at(call->pos, "invalid operation: %s expects %d or %d arguments; found %d",
                 expr_string(call), min, min + 1, n);
        return false;
    }
    int64_t sizes[2];
    int nsizes = 0;
    bool ok = true;
    for (int i = 1; i < n; i++) {
        int64_t v = check_index_value(c, call->list.items[i], -1);
        ok &= v != -2;
        if (v >= 0)
            sizes[nsizes++] = v;
    }
    if (nsizes == 2 && sizes[0] > sizes[1]) {
        error_at(expr_start(call->list.items[1]), "invalid argument: length and capacity swapped");
        return false;
    }
    x->mode = MODE_VALUE;
    x->type = t;
    return ok;
}

// check_close checks close(ch): ch is a channel that may be sent to.
static bool check_close(Operand *ch) {
    Type *u = underlying(ch->type);
    if (u->kind != TY_CHAN) {
        error_at(expr_start(ch->expr), "invalid operation: cannot close non-channel %s", operand_string(ch));
        return false;
    }
    if (u->chan_dir == CHAN_RECV) {
        error_at(expr_start(ch->expr), "invalid operation: cannot close receive-only channel %s",
                 operand_string(ch));
        return false;
    }
    record(ch);
    return true;
}

static bool check_new(Checker *c, Operand *x, Node *call) {
    Type *t = resolve_type(c, call->list.items[0]);
    if (t == ty_invalid)
        return false;
    x->mode = MODE_VALUE;
    x->type = new_pointer(t);
    return true;
}

// backend_type_string writes t as gc's back end does in its own messages:
// like the type checker, but "struct { X int }" with spaces.
const char *backend_type_string(Type *t) {
    if (t->kind != TY_STRUCT)
        return type_string(t);
    if (t->fields.len == 0)
        return "struct {}";
    const char *s = type_string(t);  // "struct{X int}"
    return arena_printf("struct { %.*s }", (int)strlen(s) - 8, s + 7);
}

// check_print checks print and println: values of any type; untyped
// constants take their default types. Structs and arrays cannot be printed,
// which gc finds after type checking (walk's "illegal types for operand",
// reported at the call's parenthesis).
static bool check_print(Checker *c, Node *call, Builtin id, Vec *args) {
    const char *context = arena_printf("argument to %s", builtin_names[id]);
    for (int i = 0; i < args->len; i++) {
        Operand *y = arg(args, i);
        default_operand(c, y, context);
        if (y->mode == MODE_INVALID)
            return false;
        record(y);
        TypeKind k = underlying(y->type)->kind;
        if (k == TY_STRUCT || k == TY_ARRAY) {
            LateError *e = NEW(LateError);
            e->pos = call->op_pos;
            e->msg = arena_printf("illegal types for operand: print\n\t%s", backend_type_string(y->type));
            vec_push(&c->late_errors, e);
        }
    }
    return true;
}

// check_arity reports a call with the wrong number of arguments.
static bool check_arity(Node *call, Builtin id, int nargs) {
    const char *msg = NULL;
    if (nargs < arity[id].nargs)
        msg = "not enough";
    else if (!arity[id].variadic && nargs > arity[id].nargs)
        msg = "too many";
    if (!msg)
        return true;
    error_at(call->pos, "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
             expr_string(call), arity[id].nargs, nargs);
    return false;
}

// check_builtin_call dispatches on the built-in, with the arguments
// evaluated (except for make and new, whose first argument is a type).
static bool check_builtin_call(Checker *c, Operand *x, Node *call, Builtin id, Vec *args,
                               bool had_call) {
    switch (id) {
    case BUILTIN_APPEND: x->mode = MODE_VALUE; return check_append(c, x, call, args);
    case BUILTIN_LEN:
    case BUILTIN_CAP: return check_len_cap(c, x, id, arg(args, 0), had_call);
    case BUILTIN_COPY: return check_copy(x, args);
    case BUILTIN_DELETE: return check_delete(c, args);
    case BUILTIN_MAKE: return check_make(c, x, call);
    case BUILTIN_NEW: return check_new(c, x, call);
    case BUILTIN_CLOSE: return check_close(arg(args, 0));
    case BUILTIN_PANIC:
        assign_operand(c, arg(args, 0), ty_any, "argument to panic");
        return arg(args, 0)->mode != MODE_INVALID;
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN: return check_print(c, call, id, args);
    case BUILTIN_RECOVER:
        x->mode = MODE_VALUE;
        x->type = ty_any;
        return true;
    default:
        error_at(call->pos, "%s is not supported by mgc (complex numbers are outside mini-Go)",
                 builtin_names[id]);
        return false;
    }
}

// check_builtin checks a call of a built-in function (= types2 builtin).
void check_builtin(Checker *c, Operand *x, Node *call, Builtin id) {
    x->mode = MODE_NOVALUE;
    x->type = NULL;
    x->expr = call;
    if (call->has_ellipsis && id != BUILTIN_APPEND) {
        error_at(call->pos, "invalid operation: invalid use of ... with built-in %s", builtin_names[id]);
        Vec ignored = {0};
        check_expr_list(c, &call->list, &ignored);
        x->mode = MODE_INVALID;
        return;
    }
    if (id == BUILTIN_COMPLEX || id == BUILTIN_REAL || id == BUILTIN_IMAG) {
        Vec args = {0};  // checked for their uses of names
        check_expr_list(c, &call->list, &args);
        error_at(call->pos, "complex numbers are not supported by mgc");
        x->mode = MODE_INVALID;
        return;
    }
    bool saved_call = c->has_call;
    c->has_call = false;
    Vec args = {0};
    bool ok = true;
    int nargs = call->list.len;
    if (id != BUILTIN_MAKE && id != BUILTIN_NEW) {
        ok = check_expr_list(c, &call->list, &args);
        nargs = args.len;
    }
    bool had_call = c->has_call;
    c->has_call = saved_call;
    ok = ok && check_arity(call, id, nargs) && check_builtin_call(c, x, call, id, &args, had_call);
    if (!ok)
        x->mode = MODE_INVALID;
    if (x->mode != MODE_CONST && x->mode != MODE_INVALID)
        c->has_call = true;  // len(f()) is not a constant, nor anything that contains it
}
