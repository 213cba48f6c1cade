// index.c: index expressions a[x] and slice expressions a[lo:hi:max] (Go
// spec: Index expressions, Slice expressions).
#include "check.h"

// check_index_value checks an index or slice bound (= types2 index and
// isValidIndex): an integer, not negative if constant, and below `max` when
// that is known (max < 0: unknown). It returns the constant value, -1 for a
// non-constant index, or -2 after an error.
int64_t check_index_value(Checker *c, Node *e, int64_t max) {
    Operand x;
    check_expr(c, &x, e);
    if (x.mode == MODE_INVALID)
        return -2;
    if (!convert_untyped_or_report(&x, ty_int))
        return -2;
    if (!is_integer(x.type)) {
        error_at(expr_start(e), "invalid argument: index %s must be integer", operand_string(&x));
        return -2;
    }
    record(&x);
    if (x.mode != MODE_CONST)
        return -1;
    if (mpz_sgn(x.cval->i) < 0) {
        error_at(expr_start(e), "invalid argument: index %s must not be negative",
                 operand_string(&x));
        return -2;
    }
    if (!const_representable(x.cval, ty_int, NULL)) {
        error_at(expr_start(e), "invalid argument: index %s overflows int", operand_string(&x));
        return -2;
    }
    int64_t v = const_int64(x.cval);
    if (max >= 0 && v >= max) {
        error_at(expr_start(e), "invalid argument: index %s out of bounds [0:%lld]",
                 const_string_repr(x.cval), (long long)max);
        return -2;
    }
    return v;
}

// check_map_index checks m[k]: k must be assignable to the key type; the
// result may also be used as `v, ok := m[k]`.
static void check_map_index(Checker *c, Operand *x, Node *e, Type *map) {
    Operand k;
    check_expr(c, &k, e->rhs);
    assign_operand(c, &k, map->key, "map index");
    x->mode = MODE_MAPINDEX;
    x->type = map->elem;
}

void check_index(Checker *c, Operand *x, Node *e) {
    check_expr_or_type(c, x, e->lhs);
    if (x->mode == MODE_INVALID)
        return;
    if (x->mode == MODE_TYPE) {
        error_at(e->op_pos, "generic types are not supported by mgc");
        x->mode = MODE_INVALID;
        return;
    }
    expect_value(x);
    if (x->mode == MODE_INVALID)
        return;
    Type *u = underlying(x->type);
    int64_t length = -1;
    if (u == ty_invalid || (u->kind == TY_POINTER && underlying(u->elem) == ty_invalid)) {
        x->mode = MODE_INVALID;  // reported where the type was declared
        return;
    }
    if (u->kind == TY_POINTER && underlying(u->elem)->kind == TY_ARRAY) {
        u = underlying(u->elem);
        x->mode = MODE_VAR;
    }
    switch (u->kind) {
    case TY_STRING:
    case TY_UNTYPED_STRING:
        if (x->mode == MODE_CONST)
            length = (int64_t)x->cval->slen;
        x->mode = MODE_VALUE;  // a constant string's byte is not a constant
        x->type = ty_byte;
        break;
    case TY_ARRAY:
        length = u->len;
        if (x->mode != MODE_VAR)
            x->mode = MODE_VALUE;
        x->type = u->elem;
        break;
    case TY_SLICE:
        x->mode = MODE_VAR;
        x->type = u->elem;
        break;
    case TY_MAP:
        check_map_index(c, x, e, u);
        x->cval = NULL;
        return;
    default:
        error_at(e->op_pos, "invalid operation: cannot index %s", operand_string(x));
        x->mode = MODE_INVALID;
        return;
    }
    x->cval = NULL;
    if (check_index_value(c, e->rhs, length) == -2)
        x->mode = MODE_INVALID;
}

// slice_operand_type decides what a[lo:hi] slices (= types2 sliceExpr): a
// string, an addressable array, a pointer to an array, or a slice. It sets
// x's result type and *length (the constant bound, or -1), or reports.
static bool slice_operand_type(Operand *x, Node *e, int64_t *length) {
    Type *u = underlying(x->type);
    *length = -1;
    switch (u->kind) {
    case TY_STRING:
    case TY_UNTYPED_STRING:
        if (e->slice3) {
            error_at(expr_start(e->max ? e->max : e), "invalid operation: 3-index slice of string");
            return false;
        }
        if (x->mode == MODE_CONST)
            *length = (int64_t)x->cval->slen;
        if (is_untyped(x->type))
            x->type = ty_string;
        return true;
    case TY_ARRAY:
        *length = u->len;
        if (x->mode != MODE_VAR) {
            error_at(expr_start(x->expr), "invalid operation: %s (slice of unaddressable value)",
                     operand_string(x));
            return false;
        }
        x->type = new_slice(u->elem);
        return true;
    case TY_POINTER:
        if (underlying(u->elem)->kind != TY_ARRAY)
            break;
        *length = underlying(u->elem)->len;
        x->type = new_slice(underlying(u->elem)->elem);
        return true;
    case TY_SLICE: return true;
    default: break;
    }
    error_at(expr_start(x->expr), "invalid operation: cannot slice %s", operand_string(x));
    return false;
}

void check_slice_expr(Checker *c, Operand *x, Node *e) {
    check_expr(c, x, e->lhs);
    if (x->mode == MODE_INVALID)
        return;
    int64_t length;
    if (!slice_operand_type(x, e, &length)) {
        x->mode = MODE_INVALID;
        return;
    }
    x->mode = MODE_VALUE;
    x->cval = NULL;
    Node *bounds[3] = {e->lo, e->hi, e->max};
    int64_t ind[3];
    for (int i = 0; i < 3; i++) {
        if (bounds[i]) {
            ind[i] = check_index_value(c, bounds[i], length >= 0 ? length + 1 : -1);
            if (ind[i] == -2)
                ind[i] = -1;
        } else {
            ind[i] = i == 0 ? 0 : length;
        }
    }
    // Constant bounds must be in order: lo <= hi <= max.
    for (int i = 0; i < 2; i++) {
        for (int j = i + 1; j < 3 && ind[i] > 0; j++) {
            if (ind[j] >= 0 && ind[j] < ind[i]) {
                error_at(expr_start(bounds[j]), "invalid slice indices: %lld < %lld",
                         (long long)ind[j], (long long)ind[i]);
                return;
            }
        }
    }
}
