// expr.c: expressions (Go spec: Expressions), checked the way types2 checks
// them: an operand's type may be untyped until it meets a typed operand or an
// assignment, and errors sit at the start of the offending expression.
#include "check.h"

#include <string.h>

// unparen strips the parentheses around an expression: ((x)) is x.
Node *unparen(Node *e) {
    while (e->kind == EXPR_PAREN)
        e = e->lhs;
    return e;
}

// expr_start is where gc reports an error about e: its leftmost token.
Pos expr_start(Node *e) {
    for (;;) {
        switch (e->kind) {
        case EXPR_BINARY:
        case EXPR_CALL:
        case EXPR_INDEX:
        case EXPR_SLICE:
        case EXPR_SELECTOR:
        case EXPR_TYPE_ASSERT:
        case EXPR_KEY_VALUE:
            if (!e->lhs)
                return e->pos;
            e = e->lhs;
            continue;
        default:
            return e->pos;
        }
    }
}

static void invalid(Operand *x) { x->mode = MODE_INVALID; }

// ---- Describing operands in messages (= types2 operandString) -------------------------

static void write_expr(Buf *b, Node *e);
static void write_signature_syntax(Buf *b, Node *sig);
static void write_fields(Buf *b, NodeList *fields, const char *sep, bool methods);

static void write_list(Buf *b, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i)
            buf_puts(b, ", ");
        write_expr(b, l->items[i]);
    }
}

// write_fields prints a parameter, struct or interface field list as
// written: "a, b int; c string", or "M(x int) bool; E" for interfaces.
static void write_fields(Buf *b, NodeList *fields, const char *sep, bool methods) {
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        if (i)
            buf_puts(b, sep);
        write_list(b, &f->names);
        if (methods && f->names.len) {
            write_signature_syntax(b, f->type);
            continue;
        }
        if (f->names.len)
            buf_putc(b, ' ');
        write_expr(b, f->type);
    }
}

static void write_signature_syntax(Buf *b, Node *sig) {
    buf_putc(b, '(');
    write_fields(b, &sig->params, ", ", false);
    buf_putc(b, ')');
    if (sig->results.len == 0)
        return;
    Node *r0 = sig->results.items[0];
    if (sig->results.len == 1 && r0->names.len == 0) {
        buf_putc(b, ' ');
        write_expr(b, r0->type);
        return;
    }
    buf_puts(b, " (");
    write_fields(b, &sig->results, ", ", false);
    buf_putc(b, ')');
}

// write_type_syntax prints type syntax as written.
static void write_type_syntax(Buf *b, Node *e) {
    switch (e->kind) {
    case TYPE_ARRAY:
        buf_putc(b, '[');
        if (e->len)
            write_expr(b, e->len);
        else
            buf_puts(b, "...");
        buf_putc(b, ']');
        write_expr(b, e->elem);
        return;
    case TYPE_SLICE: buf_puts(b, "[]"); write_expr(b, e->elem); return;
    case TYPE_POINTER: buf_putc(b, '*'); write_expr(b, e->elem); return;
    case TYPE_ELLIPSIS: buf_puts(b, "..."); write_expr(b, e->elem); return;
    case TYPE_MAP:
        buf_puts(b, "map[");
        write_expr(b, e->key);
        buf_putc(b, ']');
        write_expr(b, e->elem);
        return;
    case TYPE_CHAN:  // chan_dir: 0 both, 1 send-only, 2 receive-only
        buf_puts(b, e->chan_dir == 1 ? "chan<- " : e->chan_dir == 2 ? "<-chan " : "chan ");
        write_expr(b, e->elem);
        return;
    case TYPE_FUNC: buf_puts(b, "func"); write_signature_syntax(b, e); return;
    case TYPE_STRUCT:
        buf_puts(b, "struct{");
        write_fields(b, &e->fields, "; ", false);
        buf_putc(b, '}');
        return;
    case TYPE_INTERFACE:
        buf_puts(b, "interface{");
        write_fields(b, &e->fields, "; ", true);
        buf_putc(b, '}');
        return;
    default: buf_puts(b, "type"); return;
    }
}

// write_expr prints an expression as gc's syntax.String does (the short
// form: "T{…}" for a literal with elements, "func() {…}" for a closure).
static void write_expr(Buf *b, Node *e) {
    switch (e->kind) {
    case EXPR_IDENT: buf_puts(b, e->name); return;
    case EXPR_INT_LIT:
    case EXPR_FLOAT_LIT:
    case EXPR_IMAG_LIT:
    case EXPR_RUNE_LIT:
    case EXPR_STRING_LIT: buf_puts(b, e->lit); return;
    case EXPR_PAREN: buf_putc(b, '('); write_expr(b, e->lhs); buf_putc(b, ')'); return;
    case EXPR_SELECTOR: write_expr(b, e->lhs); buf_printf(b, ".%s", e->name); return;
    case EXPR_INDEX:
        write_expr(b, e->lhs);
        buf_putc(b, '[');
        write_expr(b, e->rhs);
        buf_putc(b, ']');
        return;
    case EXPR_SLICE:
        write_expr(b, e->lhs);
        buf_putc(b, '[');
        if (e->lo)
            write_expr(b, e->lo);
        buf_putc(b, ':');
        if (e->hi)
            write_expr(b, e->hi);
        if (e->max) {
            buf_putc(b, ':');
            write_expr(b, e->max);
        }
        buf_putc(b, ']');
        return;
    case EXPR_TYPE_ASSERT:
        write_expr(b, e->lhs);
        buf_puts(b, ".(");
        if (e->type)
            write_expr(b, e->type);
        else
            buf_puts(b, "type");
        buf_putc(b, ')');
        return;
    case EXPR_CALL:
        write_expr(b, e->lhs);
        buf_putc(b, '(');
        write_list(b, &e->list);
        buf_puts(b, e->has_ellipsis ? "...)" : ")");
        return;
    case EXPR_UNARY: buf_puts(b, op_string(e->op)); write_expr(b, e->lhs); return;
    case EXPR_BINARY:
        write_expr(b, e->lhs);
        buf_printf(b, (e->flags & NODE_OP_ASSIGN) ? " %s= " : " %s ", op_string(e->op));
        write_expr(b, e->rhs);
        return;
    case EXPR_KEY_VALUE:
        write_expr(b, e->lhs);
        buf_puts(b, ": ");
        write_expr(b, e->rhs);
        return;
    case EXPR_FUNC_LIT:
        write_expr(b, e->type);
        buf_puts(b, e->body && e->body->list.len ? " {…}" : " {}");
        return;
    case EXPR_COMPOSITE:
        if (e->type)
            write_expr(b, e->type);
        buf_puts(b, e->list.len ? "{…}" : "{}");
        return;
    default:
        if (e->kind >= TYPE_ARRAY && e->kind <= TYPE_ELLIPSIS)
            return write_type_syntax(b, e);
        buf_puts(b, "expression");
        return;
    }
}

const char *expr_string(Node *e) {
    Buf b = {0};
    write_expr(&b, e);
    return buf_cstr(&b);
}

static const char *mode_names[] = {
    [MODE_INVALID] = "invalid operand", [MODE_NOVALUE] = "no value",
    [MODE_VALUE] = "value",             [MODE_VAR] = "variable",
    [MODE_CONST] = "constant",          [MODE_TYPE] = "type",
    [MODE_BUILTIN] = "built-in",        [MODE_PACKAGE] = "package",
    [MODE_MAPINDEX] = "map index expression", [MODE_COMMAOK] = "comma, ok expression",
    [MODE_NIL] = "nil",
};

// operand_string describes x as types2 does: `x (variable of type int)`,
// `5 (untyped int constant)`, `c (untyped int constant 1024)`.
const char *operand_string(Operand *x) {
    if (x->mode == MODE_NIL)  // types2 special-cases nil
        return x->type == ty_untyped_nil ? "nil" : arena_printf("nil (of type %s)", type_string(x->type));
    Buf b = {0};
    const char *expr = x->expr ? expr_string(x->expr) : "";
    if (*expr)
        buf_printf(&b, "%s (", expr);
    bool has_type = false;
    if (x->mode != MODE_INVALID && x->mode != MODE_NOVALUE && x->mode != MODE_BUILTIN &&
        x->mode != MODE_TYPE && x->type) {
        if (is_untyped(x->type))
            buf_printf(&b, "%s ", type_string(x->type));
        else
            has_type = true;
    }
    buf_puts(&b, mode_names[x->mode]);
    if (x->mode == MODE_CONST) {
        const char *v = const_string_repr(x->cval);
        if (strcmp(v, expr) != 0)
            buf_printf(&b, " %s", v);
    }
    if (has_type)
        buf_printf(&b, " of type %s", type_string(x->type));
    if (*expr)
        buf_putc(&b, ')');
    return buf_cstr(&b);
}

// ---- Recording results on the tree ------------------------------------------------------

// record stores x's final type and constant value on its expression node.
void record(Operand *x) {
    if (!x->expr || x->mode == MODE_INVALID || x->spread)
        return;
    x->expr->ty = x->type;
    x->expr->cval = x->mode == MODE_CONST ? x->cval : NULL;
}

// ConvError says why a constant or untyped value cannot take a type, as
// types2's error codes do; the messages differ by it.
typedef enum ConvError {
    CONV_OK,
    CONV_TRUNCATED,  // a float that is not an integer, used as one: "truncated"
    CONV_OVERFLOWS,  // a number out of the type's range: "overflows"
    CONV_INVALID,    // a value of another kind: "cannot convert"
} ConvError;

// representation checks that the constant x is representable by a value of
// type t (Go spec: Representability; types2 representation) and sets *v to
// its value there (2.0 as an int is 2; 0.1 as a float32 is 0.100000001...).
static ConvError representation(Operand *x, Type *t, ConstValue **v) {
    ConstValue *rounded = x->cval;
    if (const_representable(x->cval, t, &rounded)) {
        *v = rounded;
        return CONV_OK;
    }
    if (is_numeric(x->type) && is_numeric(t))
        return !is_integer(x->type) && is_integer(t) ? CONV_TRUNCATED : CONV_OVERFLOWS;
    return CONV_INVALID;
}

// report_conversion reports that x cannot have type t (types2 invalidConversion).
static void report_conversion(ConvError err, Operand *x, Type *t) {
    const char *x_str = operand_string(x), *t_str = type_string(t);
    if (err == CONV_TRUNCATED)
        error_at(expr_start(x->expr), "%s truncated to %s", x_str, t_str);
    else if (err == CONV_OVERFLOWS)
        error_at(expr_start(x->expr), "%s overflows %s", x_str, t_str);
    else
        error_at(expr_start(x->expr), "cannot convert %s to %s", x_str, t_str);
}

static void set_untyped_type(Node *e, Type *t);

// set_const_type gives a constant operand of a non-constant expression its
// final type, which must be able to represent it (`var b int8 = 1000 << s`).
// The constant's own operands are never materialized and are left alone.
static void set_const_type(Node *e, Type *t) {
    if (is_untyped(t))
        return;
    Operand c = {.mode = MODE_CONST, .type = e->ty, .cval = e->cval, .expr = e};
    convert_untyped_or_report(&c, t);
}

// set_untyped_type gives an untyped expression tree its final type, once the
// context has decided it (types2 updateExprType). The untyped constant x of a
// non-constant shift x << s takes the type x would have without the shift,
// which must be an integer type (Go spec: Operators): `var f float64 = 1 << s`
// is an error.
static void set_untyped_type(Node *e, Type *t) {
    if (!e || !e->ty || !is_untyped(e->ty))
        return;
    if (e->cval)
        return set_const_type(e, t);
    e->ty = t;
    switch (e->kind) {
    case EXPR_PAREN:
    case EXPR_UNARY: set_untyped_type(e->lhs, t); break;
    case EXPR_BINARY:
        if (e->op >= OP_EQ && e->op <= OP_GE)
            break;  // the operands of a comparison keep their own types
        if ((e->op == OP_SHL || e->op == OP_SHR) && (e->lhs->flags & NODE_SHIFTED) &&
            !is_untyped(t) && !is_integer(t)) {
            error_at(expr_start(e), "invalid operation: %s (shift of type %s)", expr_string(e),
                     type_string(t));
            break;
        }
        set_untyped_type(e->lhs, t);
        if (e->op != OP_SHL && e->op != OP_SHR)
            set_untyped_type(e->rhs, t);
        break;
    default: break;
    }
}


// set_expr_type gives a converted expression its final type (types2
// updateExprType with final set): its untyped operands follow.
void set_expr_type(Node *e, Type *t) {
    if (!e)
        return;
    if (e->ty && is_untyped(e->ty))
        set_untyped_type(e, t);
    else
        e->ty = t;
}

Type *default_type(Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return ty_bool;
    case TY_UNTYPED_INT: return ty_int;
    case TY_UNTYPED_RUNE: return ty_rune;
    case TY_UNTYPED_FLOAT: return ty_float64;
    case TY_UNTYPED_STRING: return ty_string;
    default: return t;
    }
}

// untyped_value_fits says whether a non-constant untyped value (a comparison's
// result, a non-constant shift of an untyped constant) can take type u.
static bool untyped_value_fits(Type *x, Type *u) {
    if (is_boolean(x))
        return is_boolean(u);
    if (is_numeric(x))
        return is_numeric(u);
    return is_string(x) && is_string(u);
}

// convert_untyped gives an untyped operand x the type `target` (types2
// implicitTypeAndValue): a constant takes its value's representation there.
// It returns why x cannot take that type, without reporting.
static ConvError convert_untyped(Operand *x, Type *target) {
    if (x->mode == MODE_INVALID || !is_untyped(x->type) || target == ty_invalid)
        return CONV_OK;
    if (is_untyped(target)) {
        // Both untyped: the "larger" kind wins (int < rune < float); the
        // value stays as it is.
        if (is_numeric(x->type) && is_numeric(target)) {
            if (target->kind > x->type->kind)
                x->type = target;
            return CONV_OK;
        }
        return x->type == target ? CONV_OK : CONV_INVALID;
    }
    Type *u = underlying(target);
    if (x->type == ty_untyped_nil) {
        if (!has_nil(target))
            return CONV_INVALID;
        x->type = target;
        set_untyped_type(x->expr, target);
        return CONV_OK;
    }
    if (u->kind == TY_INTERFACE) {
        // An untyped constant becomes a value of its default type, which
        // only the empty interface can hold without a conversion.
        if (interface_methods(u)->len)
            return CONV_INVALID;
        return convert_untyped(x, default_type(x->type));
    }
    if (x->mode == MODE_CONST) {
        ConstValue *v;
        ConvError err = representation(x, u, &v);
        if (err != CONV_OK)
            return err;
        x->cval = v;
        x->type = target;
        x->expr->ty = target;
        x->expr->cval = v;
        return CONV_OK;
    }
    if (!untyped_value_fits(x->type, underlying(target)))
        return CONV_INVALID;
    x->type = target;
    set_untyped_type(x->expr, target);
    return CONV_OK;
}

// convert_untyped_or_report is types2's convertUntyped: it gives an untyped x
// the type target, reporting "x truncated to T", "x overflows T" or "cannot
// convert x to T".
bool convert_untyped_or_report(Operand *x, Type *target) {
    Operand before = *x;
    ConvError err = convert_untyped(x, target);
    if (err == CONV_OK)
        return true;
    report_conversion(err, &before, underlying(target));
    invalid(x);
    return false;
}

// default_operand gives an untyped operand its default type (Go spec:
// Constants, "default type"), as an assignment in `context` would.
void default_operand(Checker *c, Operand *x, const char *context) {
    if (x->mode == MODE_INVALID || !is_untyped(x->type))
        return;
    if (x->type == ty_untyped_nil) {
        error_at(expr_start(x->expr), "use of untyped nil in %s", context);
        invalid(x);
        return;
    }
    assign_operand(c, x, default_type(x->type), context);
}

// untyped_assignable: an untyped value of kind v may take type t when their
// kinds agree (types2 implicitTypeAndValue, for values whose representability
// was already checked).
static bool untyped_assignable(Type *v, Type *t) {
    Type *u = underlying(t);
    if (v == ty_untyped_nil)
        return has_nil(t);
    if (u->kind == TY_INTERFACE)
        return interface_methods(u)->len == 0;
    return (is_boolean(v) && is_boolean(u)) || (is_numeric(v) && is_numeric(u)) ||
           (is_string(v) && is_string(u));
}

// has_name: named and predeclared types have names; type literals do not.
static bool has_name(Type *t) { return t->kind == TY_NAMED || is_basic_kind(t->kind); }

// assignable implements Go spec "Assignability" for a typed value of type v
// (= types2 assignableTo): identical types; identical underlying types when
// one of them is not named; an interface the value implements. *why gets
// gc's reason for a failure, if there is one.
bool assignable(Type *v, Type *t, const char **why) {
    if (types_identical(v, t) || v == ty_invalid || t == ty_invalid)
        return true;
    if (is_untyped(v))
        return untyped_assignable(v, t);
    Type *vu = underlying(v), *tu = underlying(t);
    if (types_identical(vu, tu) && (!has_name(v) || !has_name(t)))
        return true;
    if (vu->kind == TY_CHAN && vu->chan_dir == CHAN_BOTH && tu->kind == TY_CHAN &&
        types_identical(vu->elem, tu->elem) && (!has_name(v) || !has_name(t)))
        return true;  // a bidirectional channel to a directional one
    if (tu->kind == TY_INTERFACE || (tu->kind == TY_POINTER && is_interface(tu->elem)))
        return implements(v, t, why);
    if (vu->kind == TY_INTERFACE && implements(t, v, NULL)) {
        *why = "need type assertion";
        return false;
    }
    return false;
}

// assign_operand checks that x can be assigned to a variable of type t
// (Go spec: Assignability), converting an untyped x. `context` names the
// place in messages ("variable declaration", "argument to f", ...).
void assign_operand(Checker *c, Operand *x, Type *t, const char *context) {
    (void)c;
    if (x->mode == MODE_INVALID || t == ty_invalid || x->type == ty_invalid)
        return;  // an error was reported already
    if (x->mode == MODE_TYPE || x->mode == MODE_BUILTIN || x->mode == MODE_PACKAGE ||
        x->mode == MODE_NOVALUE) {
        if (x->mode == MODE_NOVALUE)
            error_at(expr_start(x->expr), "%s (no value) used as value", expr_string(x->expr));
        else
            error_at(expr_start(x->expr), "%s is not an expression", expr_string(x->expr));
        invalid(x);
        return;
    }
    if (is_untyped(x->type)) {
        Operand before = *x;
        Type *target = is_interface(t) && x->type != ty_untyped_nil ? default_type(x->type) : t;
        ConvError err = convert_untyped(x, target);
        if (err != CONV_OK) {
            error_at(expr_start(x->expr), "cannot use %s as %s value in %s%s",
                     operand_string(&before), type_string(target), context,
                     err == CONV_TRUNCATED   ? " (truncated)"
                     : err == CONV_OVERFLOWS ? " (overflows)"
                                             : "");
            invalid(x);
            return;
        }
    }
    const char *why = NULL;
    if (!assignable(x->type, t, &why)) {
        if (why)
            error_at(expr_start(x->expr), "cannot use %s as type %s in %s:\n\t%s",
                     operand_string(x), type_string(t), context, why);
        else
            error_at(expr_start(x->expr), "cannot use %s as type %s in %s", operand_string(x),
                     type_string(t), context);
        invalid(x);
        return;
    }
    record(x);
}

// single_value rejects tuples and no-value calls where one value is needed.
static void single_value(Operand *x) {
    if (x->mode == MODE_NOVALUE) {
        error_at(expr_start(x->expr), "%s (no value) used as value", expr_string(x->expr));
        invalid(x);
    } else if (x->mode != MODE_INVALID && x->type && x->type->kind == TY_TUPLE) {
        error_at(expr_start(x->expr), "multiple-value %s in single-value context",
                 operand_string(x));
        invalid(x);
    }
}

// ---- Leaves ---------------------------------------------------------------------------------

// note_use marks o used and records it among the dependencies of the package
// variable or function being checked; another package's objects are
// initialized before this package's, so they are no dependencies here.
void note_use(Checker *c, Object *o) {
    o->used = true;
    bool same_pkg = !o->pkg || !c->p || strcmp(o->pkg, c->p->path) == 0;
    if (c->owner && o->is_global && same_pkg && (o->kind == OBJ_VAR || o->kind == OBJ_FUNC))
        vec_push(&c->owner->deps, o);
}

static void check_ident(Checker *c, Operand *x, Node *e) {
    if (strcmp(e->name, "_") == 0) {
        error_at(e->pos, "cannot use _ as value or type");
        return invalid(x);
    }
    // A qualified identifier pkg.Name checked before (check_package_member
    // spelled it "pkg.Name") is checked again when it is inside x of x++ or
    // x op= y: it still denotes its object.
    if (e->obj && strchr(e->name, '.'))
        return operand_of_object(c, x, e, e->obj);
    Object *o = scope_lookup(c->scope, e->name);
    if (!o) {
        if (!c->dot_import)
            error_at(e->pos, "undefined: %s", e->name);
        return invalid(x);
    }
    if (is_complex_type_name(o, e->pos))
        return invalid(x);
    operand_of_object(c, x, e, o);
}

// operand_of_object makes x the operand that a name denoting o is: an
// identifier, or a qualified identifier pkg.Name (library.c).
void operand_of_object(Checker *c, Operand *x, Node *e, Object *o) {
    if (o->kind == OBJ_CONST && !o->cval && strcmp(o->name, "iota") == 0) {
        error_at(e->pos, "cannot use iota outside constant declaration");   // resolve_const sets it
        invalid(x);
        return;
    }
    e->obj = o;
    x->obj = o;
    note_use(c, o);
    resolve_object(c, o);
    x->type = o->type;
    switch (o->kind) {
    case OBJ_VAR: x->mode = MODE_VAR; break;
    case OBJ_CONST: x->mode = MODE_CONST; x->cval = o->cval; break;
    case OBJ_TYPE: x->mode = MODE_TYPE; break;
    case OBJ_FUNC: x->mode = MODE_VALUE; break;
    case OBJ_BUILTIN: x->mode = MODE_BUILTIN; break;
    case OBJ_PACKAGE: x->mode = MODE_PACKAGE; break;
    case OBJ_NIL: x->mode = MODE_NIL; break;
    }
    if (!x->type && x->mode != MODE_BUILTIN && x->mode != MODE_PACKAGE)
        invalid(x);
    else if (x->type == ty_invalid)
        invalid(x);
}

// Go spec: Constants. types2 rejects numeric literals longer than this: they
// could not be meaningful and would only cost time to convert.
enum { MAX_LITERAL_LEN = 10000 };

static void check_literal(Checker *c, Operand *x, Node *e) {
    (void)c;
    x->mode = MODE_CONST;
    size_t len = e->lit ? strlen(e->lit) : 0;
    if ((e->kind == EXPR_INT_LIT || e->kind == EXPR_FLOAT_LIT) && len > MAX_LITERAL_LEN) {
        error_at(e->pos, "excessively long constant: %.10s... (%zu chars)", e->lit, len);
        return invalid(x);
    }
    switch (e->kind) {
    case EXPR_INT_LIT:
        x->type = ty_untyped_int;
        x->cval = const_from_int_lit(e->lit);
        return;
    case EXPR_RUNE_LIT:
        x->type = ty_untyped_rune;
        x->cval = const_int_si(e->rune_value);
        return;
    case EXPR_STRING_LIT:
        x->type = ty_untyped_string;
        x->cval = const_string(e->str, e->str_len);
        return;
    case EXPR_FLOAT_LIT:
        x->type = ty_untyped_float;
        x->cval = const_from_float_lit(e->lit);
        if (!x->cval) {  // its exponent is out of range
            error_at(e->pos, "malformed constant: %s", e->lit);
            return invalid(x);
        }
        return;
    default:
        error_at(e->pos, "complex numbers are not supported by mgc");
        return invalid(x);
    }
}

// ---- Operators ------------------------------------------------------------------------------

static bool unary_defined(Op op, Type *t) {
    switch (op) {
    case OP_ADD:
    case OP_SUB: return is_numeric(t);
    case OP_XOR: return is_integer(t);
    case OP_NOT: return is_boolean(t);
    default: return false;
    }
}

// representable_after_op checks that a typed constant result still fits its
// type (types2 overflow), e.g. `int8(100) * 2`.
static const char *overflow_op_name(Node *e) {
    switch (e->kind == EXPR_BINARY || e->kind == EXPR_UNARY ? e->op : OP_NONE) {
    case OP_ADD: return "addition";
    case OP_SUB: return e->kind == EXPR_UNARY ? "negation" : "subtraction";
    case OP_XOR: return e->kind == EXPR_UNARY ? "bitwise complement" : "bitwise XOR";
    case OP_MUL: return "multiplication";
    case OP_SHL: return "shift";
    default: return "operation";
    }
}

// check_const_overflow keeps constants finite, as types2 overflow does: an
// untyped integer may have at most 512 bits, and a typed constant must be
// representable in its type after every operation (`int8(100) * 2`), where a
// float constant is rounded to float32 or float64.
static void check_const_overflow(Operand *x) {
    if (x->mode != MODE_CONST)
        return;
    if (!is_untyped(x->type)) {
        ConstValue *v;
        ConvError err = representation(x, underlying(x->type), &v);
        if (err != CONV_OK) {
            report_conversion(err, x, underlying(x->type));
            invalid(x);
        } else {
            x->cval = v;
        }
        return;
    }
    if (x->cval->kind == CONST_INT && mpz_sizeinbase(x->cval->i, 2) > 512) {
        error_at(x->expr->op_pos, "constant %s overflow", overflow_op_name(x->expr));
        invalid(x);
    }
}

// check_address checks &x (Go spec: Address operators): x must be
// addressable, or a composite literal.
static void check_address(Checker *c, Operand *x, Node *e) {
    Node *inner = unparen(e->lhs);
    check_expr(c, x, e->lhs);
    if (x->mode == MODE_INVALID)
        return;
    if (x->mode != MODE_VAR && inner->kind != EXPR_COMPOSITE) {
        error_at(expr_start(e), "invalid operation: cannot take address of %s", operand_string(x));
        return invalid(x);
    }
    x->mode = MODE_VALUE;
    x->type = new_pointer(x->type);
}

// check_indirect checks *x (Go spec: Address operators): x is a pointer, and
// *x the variable it points to; or x is a type, and *x the pointer type.
static void check_indirect(Checker *c, Operand *x, Node *e) {
    check_expr_or_type(c, x, e->lhs);
    if (x->mode == MODE_INVALID)
        return;
    if (x->mode == MODE_TYPE) {
        x->type = new_pointer(x->type);
        return;
    }
    expect_value(x);
    if (x->mode == MODE_INVALID)
        return;
    if (x->mode == MODE_NIL) {
        error_at(expr_start(e), "invalid operation: cannot indirect nil");
        return invalid(x);
    }
    if (underlying(x->type) == ty_invalid)
        return invalid(x);  // reported where the type was declared
    if (underlying(x->type)->kind != TY_POINTER) {
        error_at(expr_start(e), "invalid operation: cannot indirect %s", operand_string(x));
        return invalid(x);
    }
    x->mode = MODE_VAR;
    x->type = underlying(x->type)->elem;
}

// check_receive checks <-ch (Go spec: Receive operator): a comma-ok
// expression of ch's element type.
static void check_receive(Checker *c, Operand *x, Node *e) {
    check_expr(c, x, e->lhs);
    expect_value(x);
    if (x->mode == MODE_INVALID)
        return;
    Type *u = underlying(x->type);
    if (u == ty_invalid)
        return invalid(x);
    if (u->kind != TY_CHAN) {
        error_at(expr_start(x->expr), "invalid operation: cannot receive from non-channel %s", operand_string(x));
        return invalid(x);
    }
    if (u->chan_dir == CHAN_SEND) {
        error_at(expr_start(x->expr), "invalid operation: cannot receive from send-only channel %s",
                 operand_string(x));
        return invalid(x);
    }
    x->mode = MODE_COMMAOK;
    x->type = u->elem;
    x->expr = e;
    c->has_call = true;
}

static void check_unary(Checker *c, Operand *x, Node *e) {
    if (e->op == OP_ADDR)
        return check_address(c, x, e);
    if (e->op == OP_DEREF)
        return check_indirect(c, x, e);
    if (e->op == OP_RECV)
        return check_receive(c, x, e);
    check_expr(c, x, e->lhs);
    if (x->mode == MODE_INVALID)
        return;
    if (!unary_defined(e->op, x->type)) {
        error_at(expr_start(x->expr), "invalid operation: operator %s not defined on %s",
                 op_string(e->op), operand_string(x));
        return invalid(x);
    }
    if (x->mode == MODE_CONST) {
        x->cval = const_unary(e->op, x->cval, x->type);
        x->expr = e;
        check_const_overflow(x);
        return;
    }
    x->mode = MODE_VALUE;
}

static bool is_comparison(Op op) { return op >= OP_EQ && op <= OP_GE; }

static bool binary_defined(Op op, Type *t) {
    switch (op) {
    case OP_ADD: return is_numeric(t) || is_string(t);
    case OP_SUB:
    case OP_MUL:
    case OP_DIV: return is_numeric(t);
    case OP_REM:
    case OP_AND:
    case OP_OR:
    case OP_XOR:
    case OP_ANDNOT: return is_integer(t);
    case OP_LAND:
    case OP_LOR: return is_boolean(t);
    default: return false;
    }
}

// check_shift_count checks the count y of a shift (Go spec: Operators): an
// integer, or an untyped constant representable by a uint (2.0 is fine), and
// never a negative constant. (gc 1.19 lets a typed float or string constant
// through and then crashes; mgc reports it like any non-integer count.)
static bool check_shift_count(Operand *y) {
    if (y->mode == MODE_CONST) {
        ConstValue *count = const_to_int(y->cval);
        if (count && mpz_sgn(count->i) < 0) {
            error_at(expr_start(y->expr), "invalid operation: negative shift count %s",
                     operand_string(y));
            return false;
        }
        if (!is_untyped(y->type) && !is_integer(y->type)) {
            error_at(expr_start(y->expr), "invalid operation: shift count %s must be integer",
                     operand_string(y));
            return false;
        }
        if (is_untyped(y->type)) {
            ConstValue *v;
            ConvError err = representation(y, ty_uint, &v);
            if (err != CONV_OK) {
                report_conversion(err, y, ty_uint);
                return false;
            }
            y->cval = v;
        }
        return true;
    }
    if (is_untyped(y->type))  // a non-constant untyped count: 1 << (1 << s)
        return convert_untyped_or_report(y, ty_uint);
    if (is_integer(y->type))
        return true;
    error_at(expr_start(y->expr), "invalid operation: shift count %s must be integer",
             operand_string(y));
    return false;
}

// check_shift implements Go spec "Operators" for << and >> (as types2's
// shift): the shifted operand must be an integer, or an untyped constant
// with an integer value (1.0 << 3 is the untyped int 8). A non-constant
// shift of an untyped constant leaves the constant's type to the context
// (set_untyped_type checks it).
static void check_shift(Checker *c, Operand *x, Operand *y, Node *e) {
    (void)c;
    ConstValue *xval = x->mode == MODE_CONST ? const_to_int(x->cval) : NULL;
    if (!is_integer(x->type) && !(is_untyped(x->type) && xval)) {
        error_at(expr_start(x->expr), "invalid operation: shifted operand %s must be integer",
                 operand_string(x));
        return invalid(x);
    }
    if (!check_shift_count(y))
        return invalid(x);
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        enum { SHIFT_BOUND = 1023 - 1 + 52 };  // types2's bound: enough for the smallest float64
        ConstValue *count = const_to_int(y->cval);
        if (!count || mpz_cmp_ui(count->i, SHIFT_BOUND) > 0) {
            error_at(expr_start(y->expr), "invalid operation: invalid shift count %s",
                     operand_string(y));
            return invalid(x);
        }
        if (!is_integer(x->type))
            x->type = ty_untyped_int;
        x->cval = const_shift(e->op, xval, mpz_get_ui(count->i));
        x->expr = e;
        check_const_overflow(x);
    } else if (x->mode == MODE_CONST && is_untyped(x->type)) {
        x->expr->flags |= NODE_SHIFTED;
        x->mode = MODE_VALUE;
    } else {
        x->mode = MODE_VALUE;
    }
    if (y->mode == MODE_CONST && is_untyped(y->type))
        convert_untyped(y, ty_uint);  // checked above; codegen wants a typed count
    record(y);
}

// kind_string names a type's kind in gc's comparison messages (types2 kindString).
static const char *kind_string(Type *t) {
    switch (underlying(t)->kind) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_POINTER: return "pointer";
    case TY_FUNC: return "func";
    case TY_INTERFACE: return "interface";
    case TY_MAP: return "map";
    default: return type_string(t);
    }
}

// incomparable_cause explains why values of type t cannot be compared
// (types2 incomparableCause).
static const char *incomparable_cause(Type *t) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_SLICE:
    case TY_FUNC:
    case TY_MAP: return arena_printf("%s can only be compared to nil", kind_string(t));
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++) {
            Field *f = VEC_AT(&u->fields, i);
            if (!is_comparable(f->type))
                return arena_printf("struct containing %s cannot be compared", type_string(f->type));
        }
        return "";
    case TY_ARRAY: return arena_printf("%s cannot be compared", type_string(u));
    default: return "";
    }
}

static bool is_ordered(Type *t) { return is_integer(t) || is_float(t) || is_string(t); }

// comparison_error finds what is wrong with x op y, if anything (= types2
// comparison): the operands must be assignable to each other, comparable
// for == and !=, and ordered for < <= > >=. It returns the operand to blame
// and sets *cause, or returns NULL.
static Operand *comparison_error(Operand *x, Operand *y, Op op, const char **cause) {
    *cause = "";
    const char *why = NULL;
    if (!assignable(x->type, y->type, &why) && !assignable(y->type, x->type, &why)) {
        *cause = arena_printf("mismatched types %s and %s", type_string(x->type), type_string(y->type));
        return y;
    }
    Operand *bad = NULL;
    if (op == OP_EQ || op == OP_NE) {
        if (x->mode == MODE_NIL || y->mode == MODE_NIL) {
            Type *other = x->mode == MODE_NIL ? y->type : x->type;
            bad = has_nil(other) ? NULL : y;
        } else if (!is_comparable(x->type)) {
            bad = x;
            *cause = incomparable_cause(x->type);
        } else if (!is_comparable(y->type)) {
            bad = y;
            *cause = incomparable_cause(y->type);
        }
    } else if (!is_ordered(x->type)) {
        bad = x;
    } else if (!is_ordered(y->type)) {
        bad = y;
    }
    if (bad && !**cause)
        *cause = arena_printf("operator %s not defined on %s", op_string(op), kind_string(bad->type));
    return bad;
}

// check_comparison implements Go spec "Comparison operators". The result is
// an untyped boolean; its operands keep (or default to) their own types.
static void check_comparison(Operand *x, Operand *y, Node *e) {
    const char *cause;
    Operand *bad = comparison_error(x, y, e->op, &cause);
    if (bad) {
        error_at(expr_start(bad->expr), "invalid operation: %s (%s)", expr_string(e), cause);
        return invalid(x);
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        x->cval = const_bool(const_compare(e->op, x->cval, y->cval));
    } else {
        set_untyped_type(e->lhs, default_type(x->type));  // the operands are materialized
        set_untyped_type(e->rhs, default_type(y->type));
        x->mode = MODE_VALUE;
    }
    x->expr = e;
    x->type = ty_untyped_bool;
}

// can_mix says whether two operands may be converted to each other's types
// before a binary operation (types2 canMix).
static bool can_mix(Operand *x, Operand *y) {
    if (is_interface(x->type) || is_interface(y->type))
        return true;
    if (is_boolean(x->type) != is_boolean(y->type) || is_string(x->type) != is_string(y->type))
        return false;
    if (x->mode == MODE_NIL && !has_nil(y->type))
        return false;
    if (y->mode == MODE_NIL && !has_nil(x->type))
        return false;
    return true;
}

static void check_binary(Checker *c, Operand *x, Node *e) {
    Operand y = {0};
    check_expr(c, x, e->lhs);
    check_expr(c, &y, e->rhs);
    if (x->mode == MODE_INVALID)
        return;
    if (y.mode == MODE_INVALID)
        return invalid(x);
    if (e->op == OP_SHL || e->op == OP_SHR)
        return check_shift(c, x, &y, e);
    if (can_mix(x, &y)) {
        if (!convert_untyped_or_report(x, y.type))
            return;
        if (!convert_untyped_or_report(&y, x->type))
            return invalid(x);
    }
    if (is_comparison(e->op))
        return check_comparison(x, &y, e);
    if (!types_identical(x->type, y.type)) {
        error_at(expr_start(x->expr), "invalid operation: %s (mismatched types %s and %s)",
                 expr_string(e), type_string(x->type), type_string(y.type));
        return invalid(x);
    }
    if (!binary_defined(e->op, x->type)) {
        error_at(expr_start(x->expr), "invalid operation: operator %s not defined on %s",
                 op_string(e->op), operand_string(x));
        return invalid(x);
    }
    // Go spec: Arithmetic operators. A float variable may be divided by a
    // constant zero (the result is an infinity at run time).
    if ((e->op == OP_DIV || e->op == OP_REM) && y.mode == MODE_CONST &&
        (x->mode == MODE_CONST || is_integer(x->type)) && const_sign(y.cval) == 0) {
        error_at(expr_start(y.expr), "invalid operation: division by zero");
        return invalid(x);
    }
    if (x->mode == MODE_CONST && y.mode == MODE_CONST) {
        x->cval = const_binary(e->op, x->cval, y.cval, is_integer(x->type));
        x->expr = e;
        if (!x->cval) {  // a float beyond big.Float's exponent range
            error_at(e->op_pos, "constant result is not representable");
            return invalid(x);
        }
        check_const_overflow(x);
        return;
    }
    x->mode = MODE_VALUE;
}

// check_case_value checks one value of an expression switch's case against the
// switch's tag (= types2 caseValues): the value takes the tag's type if it is
// untyped, and the two must be comparable with ==. It returns whether v is valid.
bool check_case_value(Checker *c, Operand *tag, Node *e, Operand *v) {
    check_expr(c, v, e);
    if (tag->mode == MODE_INVALID || v->mode == MODE_INVALID)
        return false;
    if (!convert_untyped_or_report(v, tag->type))
        return false;
    const char *cause;
    if (comparison_error(v, tag, OP_EQ, &cause)) {
        error_at(expr_start(e), "invalid case %s in switch on %s (%s)", expr_string(e),
                 expr_string(tag->expr), cause);
        invalid(v);
        return false;
    }
    record(v);
    return true;
}

// ---- The dispatcher --------------------------------------------------------------------------

static void check_expr_internal(Checker *c, Operand *x, Node *e) {
    *x = (Operand){.mode = MODE_INVALID, .expr = e};
    switch (e->kind) {
    case EXPR_IDENT: check_ident(c, x, e); break;
    case EXPR_INT_LIT:
    case EXPR_FLOAT_LIT:
    case EXPR_IMAG_LIT:
    case EXPR_RUNE_LIT:
    case EXPR_STRING_LIT: check_literal(c, x, e); break;
    case EXPR_PAREN:
        check_expr_internal(c, x, e->lhs);
        x->expr = e;
        break;
    case EXPR_UNARY: check_unary(c, x, e); break;
    case EXPR_BINARY: check_binary(c, x, e); break;
    case EXPR_CALL: check_call(c, x, e); break;
    case EXPR_SELECTOR: check_selector(c, x, e); break;
    case EXPR_INDEX: check_index(c, x, e); break;
    case EXPR_SLICE: check_slice_expr(c, x, e); break;
    case EXPR_COMPOSITE: check_composite(c, x, e, NULL); break;
    case EXPR_FUNC_LIT: check_func_lit(c, x, e); break;
    case EXPR_TYPE_ASSERT: check_type_assert(c, x, e); break;
    case EXPR_KEY_VALUE: error_at(e->pos, "unexpected key:value expression"); break;
    case NODE_BAD: break;
    default:
        if (e->kind >= TYPE_ARRAY && e->kind <= TYPE_ELLIPSIS) {
            Type *t = resolve_type(c, e);
            if (t != ty_invalid) {
                x->mode = MODE_TYPE;
                x->type = t;
            }
        } else {
            error_at(e->pos, "unexpected %s in expression", node_kind_name(e->kind));
        }
        break;
    }
    x->expr = e;
    if (x->mode != MODE_INVALID && x->mode != MODE_BUILTIN && x->mode != MODE_PACKAGE)
        e->ty = x->type;
    if (x->mode == MODE_CONST)
        e->cval = x->cval;
}

// check_multi_expr checks e, allowing a multi-value call or a call with no value.
void check_multi_expr(Checker *c, Operand *x, Node *e) { check_expr_internal(c, x, e); }

// check_expr_or_type checks e, allowing it to denote a type.
void check_expr_or_type(Checker *c, Operand *x, Node *e) {
    check_expr_internal(c, x, e);
    single_value(x);
}

// check_expr checks e as a single value (Go spec: Expressions).
void check_expr(Checker *c, Operand *x, Node *e) {
    check_expr_internal(c, x, e);
    expect_value(x);
}

// expect_value rejects what is not a single value: tuples, calls without a
// value, types, built-ins and package names.
void expect_value(Operand *x) {
    Node *e = x->expr;
    single_value(x);
    if (x->mode == MODE_TYPE) {
        error_at(expr_start(e), "%s (type) is not an expression", expr_string(e));
        invalid(x);
    } else if (x->mode == MODE_BUILTIN) {
        error_at(expr_start(e), "%s (built-in) must be called", expr_string(e));
        invalid(x);
    } else if (x->mode == MODE_PACKAGE) {
        error_at(expr_start(e), "use of package %s without selector", expr_string(e));
        invalid(x);
    }
}
