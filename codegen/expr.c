// expr.c: the expression dispatcher and constants.
//
// Each case is a one-line delegation to the file that lowers that construct.
#include "lower.h"

#include <string.h>

Value gen_arith(Gen *g, Node *e);    // arith.c
Value gen_unary(Gen *g, Node *e);    // arith.c
Value gen_logical(Gen *g, Node *e);  // arith.c

// gen_string_data returns the address of a read-only copy of s:
//     go.string.N:  db "..."      (deduplicated; the empty string is nil)
VReg gen_string_data(Gen *g, const char *s, size_t len) {
    if (len == 0)
        return emit_const(g, 0);
    IrInstr *in = emit(g, IR_ADDR);
    in->dst = new_vreg(g);
    in->sym = string_data_symbol(g, s, len);
    return in->dst;
}

// string_key is the index key of a string's bytes: its length and FNV-1a hash.
static const char *string_key(const char *s, size_t len) {
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return arena_printf("%zu:%016llx", len, (unsigned long long)h);
}

static bool same_string(Gen *g, int i, const char *s, size_t len) {
    return (size_t)(intptr_t)VEC_AT(&g->shared->string_lens, i) == len &&
           memcmp(VEC_AT(&g->shared->strings, i), s, len) == 0;
}

// string_data_symbol emits go.string.N, the bytes of s (len > 0), once. The
// strings are indexed by hash (a map literal of 100,000 string keys compared
// each with all the others before); a hash shared by two contents falls
// back to a search.
const char *string_data_symbol(Gen *g, const char *s, size_t len) {
    const char *key = string_key(s, len);
    int index = (int)(intptr_t)strmap_get(&g->shared->string_index, key) - 1;
    if (index >= 0 && !same_string(g, index, s, len)) {
        index = -1;
        for (int i = 0; i < g->shared->strings.len && index < 0; i++)
            if (same_string(g, i, s, len))
                index = i;
    }
    const char *name = arena_printf("go.string.%d", index < 0 ? g->shared->strings.len : index);
    if (index < 0) {
        if (!strmap_get(&g->shared->string_index, key))
            strmap_put(&g->shared->string_index, key, (void *)(intptr_t)(g->shared->strings.len + 1));
        vec_push(&g->shared->strings, (void *)s);
        vec_push(&g->shared->string_lens, (void *)(intptr_t)len);
        IrData *d = ir_new_data(g->m, name, (int)len, 1, true);
        d->bytes = (uint8_t *)arena_strndup(s, len);
        d->comment = "string data";
    }
    return name;
}

// gen_const materializes a constant: an integer or bool in one
// word, a string as (address of its bytes, length).
Value gen_const(Gen *g, ConstValue *c) {
    switch (c->kind) {
    case CONST_BOOL: return (Value){1, {emit_const(g, c->b)}};
    case CONST_INT: return (Value){1, {emit_const(g, const_int64(c))}};
    case CONST_STRING:
        return (Value){2, {gen_string_data(g, c->s, c->slen), emit_const(g, (int64_t)c->slen)}};
    case CONST_FLOAT: break;  // a float type's constants are gen_float_const's (float.c)
    }
    unreachable();  // the checker rejects complex constants
}

// gen_ident reads a variable (var.c); nil is the zero value of its type.
static Value gen_ident(Gen *g, Node *e) {
    Object *o = e->obj;
    if (o->kind == OBJ_VAR)
        return gen_read_var(g, o);
    if (o->kind == OBJ_NIL)
        return gen_zero_value(g, e->ty);
    if (o->kind == OBJ_FUNC)
        return gen_func_value(g, func_symbol(g, o->decl));  // closure.c
    unreachable();  // the checker lets no other object be a value
}

// gen_unary_op dispatches the unary operators: & and * reach memory (addr.c),
// the others compute (arith.c).
static Value gen_unary_op(Gen *g, Node *e) {
    switch (e->op) {
    case OP_ADDR: return gen_addr_of(g, e);     // addr.c
    case OP_DEREF: return gen_deref(g, e);      // addr.c
    case OP_RECV: return gen_recv(g, e);        // chan.c
    default: return gen_unary(g, e);            // arith.c
    }
}

Value gen_expr(Gen *g, Node *e) {
    Value preset;
    if (g->presets && preset_value(g, e, &preset))
        return preset;  // defer.c: a deferred call's operand, evaluated at the defer
    if (e->cval && is_float(e->ty))
        return gen_float_const(g, e->cval, e->ty);    // float.c
    if (e->cval)
        return gen_const(g, e->cval);
    switch (e->kind) {
    case EXPR_IDENT: return gen_ident(g, e);
    case EXPR_PAREN: return gen_expr(g, e->lhs);
    case EXPR_UNARY: return gen_unary_op(g, e);
    case EXPR_SELECTOR: return gen_selector(g, e);     // addr.c
    case EXPR_COMPOSITE: return gen_composite(g, e);   // composite.c
    case EXPR_FUNC_LIT: return gen_func_lit(g, e);     // closure.c
    case EXPR_BINARY:
        if (e->op == OP_LAND || e->op == OP_LOR)
            return gen_logical(g, e);                  // arith.c
        if (e->op == OP_ADD && is_string(e->ty))
            return gen_string_concat(g, e);            // string.c
        return gen_arith(g, e);                        // arith.c
    case EXPR_CALL: return gen_call(g, e);             // call.c
    case EXPR_CONV_IFACE: return gen_conv_iface(g, e); // convert.c
    case EXPR_CALL_RESULT: return gen_call_result(g, e); // tuple.c
    case EXPR_TYPE_ASSERT: return gen_assert(g, e);    // assert.c
    case EXPR_INDEX:
        if (is_string(e->lhs->ty))
            return gen_string_index(g, e);             // string.c
        if (is_map_index(e))
            return gen_map_index(g, e);                // map.c
        return gen_index(g, e);                        // addr.c
    case EXPR_SLICE:
        if (is_string(e->lhs->ty))
            return gen_string_slice(g, e);             // string.c
        return gen_slice_expr(g, e);                   // slice.c
    default: break;
    }
    unreachable();  // the checker accepts no other expression
}
