// support.c: the support gate, what lower_program can lower today.
//
// The checker accepts all of mini-Go; the lowering grows construct by
// construct. check_lowerable walks the typed program as lower_program will
// (lower.c: gen_globals, gen_func, gen_package_init) and reports, at the
// construct, everything the gen_* functions do not handle yet:
//     shapes.go:12:7: slices are not yet supported by mgc
// so a program is either lowered completely and correctly or rejected; no
// program reaches an unreachable() in codegen/. Keep in sync with the
// dispatchers gen_expr (expr.c), gen_stmt (stmt.c), gen_call and gen_builtin
// (call.c): a construct they learn to lower is accepted here in the same
// commit.
//
// Lowered today:
//   values       integers, floats, bool, string, pointers, structs, arrays,
//                slices and func values, and named types over them (memory.c: a scalar is
//                1-3 words, a struct or array the address of a copy), in
//                variables, parameters, and results of at most MAX_WORDS words
//   expressions  constants, variables, every operator, &x, *p, fields (through
//                embedded fields), indexing and slicing of strings, arrays and
//                slices, composite literals, map index (map.c), calls of functions,
//                methods and func values, function literals (closures), method
//                values and expressions, numeric conversions (floatconv.c),
//                conversions between strings, integers and byte/rune slices and
//                of identical representations, the built-ins, print, println;
//                members of library packages (lib/: fmt, errors, os), which the
//                checker has made identifiers (typecheck/library.c) and whose
//                stub bodies are checked here like the program's
//   statements   := = op= ++ -- var const type if for switch fallthrough
//                break continue goto labels return blocks, range over strings,
//                arrays, pointers to arrays, slices and maps (map.c),
//                assignment to m[k], defer of every call form (defer.c)
//   interfaces   values of interface types everywhere, the conversions Go
//                implies (implicit.c, convert.c), method calls, method values
//                and expressions (icall.c), == and != (iface_compare.c), map
//                keys, type assertions (assert.c), type switches
//                (typeswitch.c), multi-value forms that convert (tuple.c)
//   panics       panic(v) of any value codegen holds (convert.c); recover()
//
// One message per problem: a statement or declaration reports its first
// unsupported construct only, and a variable or function whose declaration
// was rejected is *bad*: its uses fail without a message, the problem having
// been reported (as the checker does with invalid types). A silent failure
// therefore always follows a reported one.
#include "lower.h"

#include <string.h>

typedef struct Gate {
    Vec bad_objects;    // Object*: rejected parameters and results
    Vec bad_decls;      // Node*: rejected declarations; every object they declare is bad
    Node *func;         // the function whose body is being checked
} Gate;

static bool expr_ok(Gate *g, Node *e);
static void check_stmt(Gate *g, Node *s);
static void check_block(Gate *g, Node *block);

// ---- Reporting ------------------------------------------------------------------------

// reject reports a construct the lowering does not handle yet; `what` is the
// sentence's subject, worded as the checker's not_yet ("slices are").
static bool reject(Pos pos, const char *what) {
    error_at(pos, "%s not yet supported by mgc", what);
    return false;
}

// reject_outside reports a construct outside mini-Go (LANGUAGE.md), as the
// parser does; only a checker that let one through brings it here.
static bool reject_outside(Pos pos, const char *what) {
    error_at(pos, "%s not supported by mgc", what);
    return false;
}

static bool is_bad(Gate *g, Object *o) {
    return vec_contains(&g->bad_objects, o) || (o->decl && vec_contains(&g->bad_decls, o->decl));
}

static void mark_bad_object(Gate *g, Object *o) {
    if (o)
        vec_push(&g->bad_objects, o);
}

// ---- Types ------------------------------------------------------------------------------

// unsupported_type names the kind of t as a message's subject if codegen
// cannot hold its values yet, or returns NULL if it can: integers, floats,
// bool and string, named types over them, untyped constants of those kinds,
// and tuples of them (the results of a multi-value call).
static const char *unsupported_type_in(Type *t, Vec *named);

static const char *unsupported_type(Type *t) {
    Vec named = {0};
    return unsupported_type_in(t, &named);
}

// unsupported_type_in judges t, where `named` holds the defined types being
// judged further out: a type that contains itself (type T []T) is judged once.
static const char *unsupported_type_in(Type *t, Vec *named) {
    if (t && t->kind == TY_NAMED) {
        if (vec_contains(named, t))
            return NULL;
        vec_push(named, t);
        t = t->underlying;
    }
    if (!t)
        return "this type is";
    switch (t->kind) {
    case TY_BOOL:
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64:
    case TY_UINTPTR:
    case TY_FLOAT32: case TY_FLOAT64:
    case TY_STRING:
    case TY_UNTYPED_BOOL: case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT:
    case TY_UNTYPED_STRING:
    case TY_UNTYPED_NIL:
    case TY_POINTER:  // its target's type is judged where *p is used
    case TY_FUNC:     // its parameters' types are judged where it is called or defined
        return NULL;
    case TY_ARRAY: case TY_SLICE:
        return unsupported_type_in(t->elem, named);
    case TY_STRUCT:
        for (int i = 0; i < t->fields.len; i++) {
            const char *what = unsupported_type_in(((Field *)VEC_AT(&t->fields, i))->type, named);
            if (what)
                return what;
        }
        return NULL;
    case TY_TUPLE:
        for (int i = 0; i < t->results.len; i++) {
            const char *what = unsupported_type_in(VEC_AT(&t->results, i), named);
            if (what)
                return what;
        }
        return NULL;
    case TY_COMPLEX64: case TY_COMPLEX128: return "complex numbers are";
    case TY_MAP: {  // map.c; its key is comparable, so the descriptors have its hash
        const char *what = unsupported_type_in(t->key, named);
        return what ? what : unsupported_type_in(t->elem, named);
    }
    case TY_INTERFACE:  // its methods' types are judged where they are called
        return NULL;
    case TY_CHAN: return unsupported_type_in(t->elem, named);  // chan.c
    case TY_UNSAFE_POINTER: return "unsafe pointers are";
    default: return "this type is";  // TY_INVALID, a named type's name, kinds added later
    }
}

static bool type_ok(Type *t, Pos pos) {
    const char *what = unsupported_type(t);
    return what ? reject(pos, what) : true;
}

// ---- Expressions (expr.c gen_expr) ---------------------------------------------------------

static bool is_nil(Node *e) {
    e = unparen(e);
    return e->kind == EXPR_IDENT && e->obj && e->obj->kind == OBJ_NIL;
}

// is_type_expr says whether e denotes a type (T, []T, *T, (T)) rather than a value.
static bool is_type_expr(Node *e) {
    e = unparen(e);
    if (e->kind >= TYPE_ARRAY && e->kind <= TYPE_ELLIPSIS)
        return true;
    if (e->kind == EXPR_UNARY && e->op == OP_DEREF)
        return is_type_expr(e->lhs);
    return e->kind == EXPR_IDENT && e->obj && e->obj->kind == OBJ_TYPE;
}

static bool exprs_ok(Gate *g, NodeList *list) {
    for (int i = 0; i < list->len; i++)
        if (!expr_ok(g, list->items[i]))
            return false;
    return true;
}

// const_ok: gen_const and gen_float_const materialize a constant from its
// value and type alone, so a constant expression of a type codegen holds is
// lowered whatever it is made of (len([3]int{}) is 3).
static bool const_ok(Node *e) { return type_ok(e->ty, e->pos); }

// ident_ok: gen_ident reads variables, local or package-level.
static bool ident_ok(Gate *g, Node *e) {
    Object *o = e->obj;
    if (!o)
        return reject(e->pos, "this expression is");
    switch (o->kind) {
    case OBJ_VAR: return !is_bad(g, o);  // a bad variable was reported where it is declared
    case OBJ_FUNC: return !is_bad(g, o);  // closure.c: a static funcval
    case OBJ_NIL: return true;
    default: return reject(e->pos, "this expression is");
    }
}

// unary_ok: gen_unary lowers + - ^ !; & and * need pointers.
static bool unary_ok(Gate *g, Node *e) {
    if (!expr_ok(g, e->lhs))
        return false;
    switch (e->op) {
    case OP_RECV: return true;  // chan.c
    case OP_ADD:
    case OP_SUB:
    case OP_XOR:
    case OP_NOT: return true;
    case OP_ADDR:
    case OP_DEREF: return true;  // addr.c
    default: return reject(e->pos, "this operator is");
    }
}

// binary_op_lowered: gen_arith, gen_logical and gen_string_concat lower every
// binary operator (+ through >=) on the values codegen holds.
static bool binary_op_lowered(Op op) { return op >= OP_ADD && op <= OP_GE; }

static bool binary_ok(Gate *g, Node *e) {
    if (!expr_ok(g, e->lhs) || !expr_ok(g, e->rhs))
        return false;
    return binary_op_lowered(e->op) ? true : reject(e->pos, "this operator is");
}

// selector_ok: fields, methods and method expressions. (A package member
// pkg.Name is an identifier once checked: typecheck/library.c.)
static bool selector_ok(Gate *g, Node *e) {
    Node *x = unparen(e->lhs);
    if (is_type_expr(x))  // T.M: method.c gen_method_expr; I.M: icall.c
        return true;
    if (e->obj && is_bad(g, e->obj))
        return false;  // a rejected method
    if (!expr_ok(g, x))
        return false;
    return true;  // fields: addr.c; methods: method.c
}

static bool is_string_operand(Node *x) {
    return x->ty && is_string(x->ty);
}

// index_ok: gen_index reads elements of arrays, pointers to arrays and slices.
static bool index_ok(Gate *g, Node *e) {
    if (!expr_ok(g, e->lhs) || !expr_ok(g, e->rhs))
        return false;
    if (is_string_operand(e->lhs))
        return true;  // string.c
    switch (underlying(e->lhs->ty)->kind) {
    case TY_ARRAY: case TY_SLICE: case TY_POINTER: return true;
    case TY_MAP: return true;  // map.c
    default: return reject(e->pos, "indexing is");
    }
}

// composite_ok: gen_composite builds struct, array and slice literals, and
// map literals (map.c), whose keys are expressions too.
static bool composite_ok(Gate *g, Node *e) {
    if (!e->ty)
        return reject(e->pos, "this composite literal is");
    bool map = underlying(e->ty)->kind == TY_MAP;
    for (int i = 0; i < e->list.len; i++) {
        Node *el = e->list.items[i];
        if (map && el->kind == EXPR_KEY_VALUE && !expr_ok(g, el->lhs))
            return false;
        if (!expr_ok(g, el->kind == EXPR_KEY_VALUE ? el->rhs : el))
            return false;
    }
    return true;
}

// slice_ok: gen_string_slice (string.c) slices strings, gen_slice_expr
// (slice.c) slices, arrays and pointers to arrays.
static bool slice_ok(Gate *g, Node *e) {
    Node *parts[] = {e->lhs, e->lo, e->hi, e->max};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        if (parts[i] && !expr_ok(g, parts[i]))
            return false;
    return true;
}

// type_assert_ok: gen_assert (assert.c) lowers x.(T) and v, ok = x.(T)
// to every type codegen holds.
static bool type_assert_ok(Gate *g, Node *e) {
    return expr_ok(g, e->lhs) && type_ok(e->ty, e->pos);
}

// ---- Calls (call.c gen_call) -----------------------------------------------------------

// conversion_ok: gen_conversion re-extends an integer, converts to and from
// floats (floatconv.c), encodes an integer as a string (gen_intstring),
// converts between strings and byte or rune slices (slice.c) and passes any
// other value through, so it lowers those and the conversions between types
// of identical underlying types (or pointers to them). The target type is
// judged first.
static bool conversion_ok(Gate *g, Node *call) {
    if (call->list.len != 1)
        return reject(call->pos, "this conversion is");
    Node *x = call->list.items[0];
    if (!type_ok(call->ty, call->pos) || !expr_ok(g, x))
        return false;
    if (!x->ty || unsupported_type(x->ty))
        return reject(call->pos, "this conversion is");
    Type *from = x->ty, *to = call->ty;
    if (is_interface(to))
        return true;  // convert.c; the checker verified that from implements to
    if ((is_numeric(from) && is_numeric(to)) || (is_boolean(from) && is_boolean(to)) ||
        (is_string(from) && is_string(to)) || (is_integer(from) && is_string(to)))
        return true;
    if (is_string(from) || is_string(to))
        return true;  // to and from byte and rune slices (slice.c), the checker allows no other
    Type *uf = underlying(from), *ut = underlying(to);
    if (types_identical_ignore_tags(uf, ut))
        return true;  // the same representation: the value is kept
    if (uf->kind == TY_SLICE && ut->kind == TY_POINTER)
        return true;  // to a pointer to an array (slice.c)
    if (uf->kind == TY_POINTER && ut->kind == TY_POINTER &&
        types_identical_ignore_tags(underlying(uf->elem), underlying(ut->elem)))
        return true;
    return reject(call->pos, "this conversion is");
}

static bool builtin_lowered(Builtin id) {
    return id == BUILTIN_PRINT || id == BUILTIN_PRINTLN || id == BUILTIN_LEN ||
           id == BUILTIN_CAP || id == BUILTIN_NEW || id == BUILTIN_PANIC ||
           id == BUILTIN_APPEND || id == BUILTIN_COPY || id == BUILTIN_MAKE ||
           id == BUILTIN_DELETE || id == BUILTIN_RECOVER || id == BUILTIN_CLOSE;
}

// len_arg_ok: gen_builtin takes the length word of a string or slice, the
// constant length of an array (or pointer to one), and a map's count (map.c).
static bool len_arg_ok(Node *call) {
    Node *x = call->list.len == 1 ? call->list.items[0] : NULL;
    return x && x->ty ? true : reject(call->pos, "this len is");
}

// panic_arg_ok: gen_panic converts any value codegen holds to an empty
// interface (convert.c).
static bool panic_arg_ok(Gate *g, Node *call) {
    Node *x = call->list.len == 1 ? call->list.items[0] : NULL;
    if (!x)
        return reject(call->pos, "this call of panic is");
    return is_nil(x) || expr_ok(g, x);
}

// builtin_ok: gen_builtin lowers print and println (print.c), len, cap, new,
// make, append, copy, delete (map.c), panic (convert.c) and recover (defer.c).
static bool builtin_ok(Gate *g, Node *call, Object *b) {
    if (!builtin_lowered(b->builtin))
        return reject(call->pos, arena_printf("built-in %s is", b->name));
    if (b->builtin == BUILTIN_NEW)
        return true;  // its argument is a type
    if (b->builtin == BUILTIN_PANIC)
        return panic_arg_ok(g, call);
    if (b->builtin == BUILTIN_MAKE) {  // slices (slice.c) and maps (map.c)
        for (int i = 1; i < call->list.len; i++)
            if (!expr_ok(g, call->list.items[i]))
                return false;
        return true;
    }
    if (!exprs_ok(g, &call->list))
        return false;
    switch (b->builtin) {
    case BUILTIN_LEN: return len_arg_ok(call);
    default: return true;
    }
}

static bool is_package_func(Object *f) {
    return f && f->kind == OBJ_FUNC && f->decl && f->decl->kind == DECL_FUNC && !f->decl->recv;
}

// callee_ok: gen_call calls a package-level function by its symbol
// (`call main.f`), a method directly (method.c), and any other func value
// through its funcval.
static bool callee_ok(Gate *g, Node *call, Node *fn) {
    if (fn->kind == EXPR_IDENT && is_package_func(fn->obj))
        return !is_bad(g, fn->obj);  // a rejected signature was reported at the declaration
    if (is_type_expr(fn))
        return reject(call->pos, "this conversion is");  // not marked NODE_CONVERSION
    return expr_ok(g, fn);
}

static bool call_ok(Gate *g, Node *call) {
    if (call->flags & NODE_CONVERSION)
        return conversion_ok(g, call);
    Node *fn = unparen(call->lhs);
    if (fn->obj && fn->obj->kind == OBJ_BUILTIN)
        return builtin_ok(g, call, fn->obj);
    return callee_ok(g, call, fn) && exprs_ok(g, &call->list);  // g(f()): tuple.c spreads f's results
}

// func_lit_ok: gen_func_lit lowers the literal's body as a function of its own.
static bool func_lit_ok(Gate *g, Node *lit) {
    Node *outer = g->func;
    g->func = lit;
    check_block(g, lit->body);
    g->func = outer;
    return true;
}

// ---- The expression dispatcher -----------------------------------------------------------

static bool construct_ok(Gate *g, Node *e) {
    switch (e->kind) {
    case EXPR_IDENT: return ident_ok(g, e);
    case EXPR_PAREN: return expr_ok(g, e->lhs);
    case EXPR_UNARY: return unary_ok(g, e);
    case EXPR_BINARY: return binary_ok(g, e);
    case EXPR_CALL: return call_ok(g, e);
    case EXPR_SELECTOR: return selector_ok(g, e);
    case EXPR_INDEX: return index_ok(g, e);
    case EXPR_SLICE: return slice_ok(g, e);
    case EXPR_TYPE_ASSERT: return type_assert_ok(g, e);
    case EXPR_CONV_IFACE: return expr_ok(g, e->lhs);  // convert.c
    case EXPR_CALL_RESULT: return e->index > 0 || expr_ok(g, e->lhs);  // tuple.c: g() once
    case EXPR_COMPOSITE: return composite_ok(g, e);
    case EXPR_FUNC_LIT: return func_lit_ok(g, e);
    case EXPR_IMAG_LIT: return reject_outside(e->pos, "complex numbers are");
    default: return reject(e->pos, "this expression is");
    }
}

// expr_ok checks an expression inside out: its operands first, then the
// construct, then its type (gen_expr splits every value into words by type).
// A call without results has no type.
static bool expr_ok(Gate *g, Node *e) {
    if (e->cval)
        return const_ok(e);
    if (!construct_ok(g, e))
        return false;
    if (!e->ty)
        return e->kind == EXPR_CALL || e->kind == EXPR_PAREN ? true
                                                              : reject(e->pos, "this expression is");
    return type_ok(e->ty, e->pos);
}

// ---- Declarations and assignments (stmt.c) -------------------------------------------------

// var_types_ok checks the type of the variables a var spec declares: the
// written type, at its position, or else each variable's, at its name.
static bool var_types_ok(Node *spec) {
    if (spec->type && spec->type->ty)
        return type_ok(spec->type->ty, spec->type->pos);
    for (int i = 0; i < spec->names.len; i++) {
        Node *name = spec->names.items[i];
        if (name->obj && !type_ok(name->obj->type, spec->type ? spec->type->pos : name->pos))
            return false;
    }
    return true;
}

// var_spec_ok checks `var a, b T = x, y` as gen_var_spec and gen_package_init
// lower it: the written type, the values, then the types the values gave.
static bool var_spec_ok(Gate *g, Node *spec) {
    if (spec->type && !var_types_ok(spec))
        return false;
    if (!exprs_ok(g, &spec->list))
        return false;
    return spec->type || var_types_ok(spec);  // tuple.c converts `var a, b I = f()`
}

// lhs_ok: gen_assign and gen_op_assign store into a variable, through any
// parentheses, or into an addressable place (addr.c), or into a map element
// (map.c), or drop the value (`_`).
static bool lhs_ok(Gate *g, Node *lhs) {
    Node *x = unparen(lhs);
    if (x->kind == EXPR_IDENT && strcmp(x->name, "_") == 0)
        return true;
    if (x->kind != EXPR_IDENT) {
        if (!expr_ok(g, x))
            return false;  // maps are reported there
        if (is_addressable(x) || is_map_index(x))
            return true;
        return reject(x->pos, "assignment to this operand is");
    }
    Object *o = x->obj;
    if (!o || o->kind != OBJ_VAR)
        return reject(x->pos, "assignment to this operand is");
    return !is_bad(g, o) && type_ok(o->type, x->pos);
}

static bool lhs_list_ok(Gate *g, NodeList *list) {
    for (int i = 0; i < list->len; i++)
        if (!lhs_ok(g, list->items[i]))
            return false;
    return true;
}

// define_ok checks `a, b := x, y`: the values first, since the new
// variables take their types.
static bool define_ok(Gate *g, Node *s) {
    return exprs_ok(g, &s->rhs_list) && lhs_list_ok(g, &s->lhs_list);
}

static bool assign_ok(Gate *g, Node *s) {
    if (!lhs_list_ok(g, &s->lhs_list))
        return false;
    if (s->op && !binary_op_lowered(s->op))
        return reject(s->pos, "this operator is");
    return exprs_ok(g, &s->rhs_list);
}

// check_local_decl: gen_local_decl gives variables registers; constants and
// types generate no code.
static void check_local_decl(Gate *g, Node *d) {
    switch (d->kind) {
    case DECL_GROUP:
        for (int i = 0; i < d->list.len; i++)
            check_local_decl(g, d->list.items[i]);
        return;
    case DECL_VAR:
        if (!var_spec_ok(g, d))
            vec_push(&g->bad_decls, d);
        return;
    case DECL_CONST:
    case DECL_TYPE: return;
    default: reject(d->pos, "this declaration is"); return;
    }
}

// ---- Statements (stmt.c gen_stmt) ----------------------------------------------------------

static void check_block(Gate *g, Node *block) {
    if (!block)
        return;
    for (int i = 0; i < block->list.len; i++)
        check_stmt(g, block->list.items[i]);
}

static void check_if(Gate *g, Node *s) {
    if (s->init)
        check_stmt(g, s->init);
    expr_ok(g, s->cond);
    check_block(g, s->body);
    if (s->els)
        check_stmt(g, s->els);
}

static void check_for(Gate *g, Node *s) {
    if (s->init)
        check_stmt(g, s->init);
    if (s->cond)
        expr_ok(g, s->cond);
    if (s->post)
        check_stmt(g, s->post);
    check_block(g, s->body);
}

// check_switch: gen_switch compares the tag with each case value (an
// interface case with a concrete tag inline, iface_compare.c), or branches
// on each value of a tagless switch.
static void check_switch(Gate *g, Node *s) {
    if (s->init)
        check_stmt(g, s->init);
    bool tag_ok = !s->tag_expr || expr_ok(g, s->tag_expr);
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        if (clause->kind != CASE_CLAUSE) {
            reject(clause->pos, "this statement is");
            continue;
        }
        if (tag_ok)
            exprs_ok(g, &clause->list);
        check_block(g, clause->body);
    }
}

// range_vars_ok: gen_range assigns the iteration values as gen_assign does
// (converted for interface variables, tuple.c).
static bool range_vars_ok(Gate *g, Node *s) {
    if (s->define)
        return true;  // new variables of the iteration values' types
    return (!s->key || lhs_ok(g, s->key)) && (!s->value || lhs_ok(g, s->value));
}

// range_operand_ok: gen_range (range.c) lowers range loops over strings,
// arrays, pointers to arrays and slices, and maps (map.c).
static bool range_operand_ok(Node *s) {
    if (is_string_operand(s->rhs))
        return true;
    switch (underlying(s->rhs->ty)->kind) {
    case TY_ARRAY: case TY_SLICE: case TY_POINTER: return true;
    case TY_MAP: return true;
    case TY_CHAN: return true;  // chan.c
    default: return reject(s->pos, "range loops over this type are");
    }
}

// check_range: a range loop over an operand gen_range cannot lower, or with
// variables it cannot assign, is rejected; the variables it declares are
// then bad, so their uses say nothing more; its body is checked for its own
// problems.
static void check_range(Gate *g, Node *s) {
    bool ok = expr_ok(g, s->rhs) && range_operand_ok(s);
    if (ok && range_vars_ok(g, s)) {
        check_block(g, s->body);
        return;
    }
    vec_push(&g->bad_decls, s);
    if (s->define && s->key)
        mark_bad_object(g, unparen(s->key)->obj);
    if (s->define && s->value)
        mark_bad_object(g, unparen(s->value)->obj);
    check_block(g, s->body);
}

// check_type_switch: gen_type_switch (typeswitch.c) lowers every type
// switch whose operand it can evaluate; its variable is declared once per
// clause (bad with a rejected operand).
static void check_type_switch(Gate *g, Node *s) {
    if (s->init)
        check_stmt(g, s->init);
    bool operand_ok = expr_ok(g, s->tag_expr);
    if (!operand_ok)
        vec_push(&g->bad_decls, s);
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        bool ok = operand_ok;
        for (int k = 0; ok && k < clause->list.len; k++) {
            Node *t = clause->list.items[k];
            ok = !t->ty || t->ty->kind == TY_UNTYPED_NIL || type_ok(t->ty, t->pos);
        }
        if (!ok)
            mark_bad_object(g, clause->obj);
        check_block(g, clause->body);
    }
}

// check_return: gen_return returns the values' words. In a function whose
// signature was rejected, a nil (converted to a rejected result type) says
// nothing more.
static void check_return(Gate *g, Node *s) {
    bool signature_rejected = g->func && vec_contains(&g->bad_decls, g->func);
    for (int i = 0; i < s->list.len; i++) {
        Node *v = s->list.items[i];
        if (!(signature_rejected && is_nil(v)) && !expr_ok(g, v))
            return;
    }  // tuple.c converts the values of `return f()`
}


// check_select: each case's communication and statements.
static void check_select(Gate *g, Node *s) {
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        if (clause->list.len)
            check_stmt(g, clause->list.items[0]);
        check_block(g, clause->body);
    }
}

static void check_stmt(Gate *g, Node *s) {
    switch (s->kind) {
    case STMT_EMPTY:
    case STMT_BREAK:
    case STMT_CONTINUE:
    case STMT_GOTO:
    case STMT_FALLTHROUGH: return;
    case STMT_EXPR: expr_ok(g, s->lhs); return;
    case STMT_DEFINE:
        if (!define_ok(g, s))
            vec_push(&g->bad_decls, s);
        return;
    case STMT_ASSIGN: assign_ok(g, s); return;
    case STMT_INCDEC: lhs_ok(g, s->lhs); return;
    case STMT_DECL: check_local_decl(g, s->decl); return;
    case STMT_BLOCK: check_block(g, s); return;
    case STMT_IF: check_if(g, s); return;
    case STMT_FOR: check_for(g, s); return;
    case STMT_SWITCH: check_switch(g, s); return;
    case STMT_RETURN: check_return(g, s); return;
    case STMT_LABELED: check_stmt(g, s->body); return;
    case STMT_RANGE: check_range(g, s); return;
    case STMT_TYPE_SWITCH: check_type_switch(g, s); return;
    case STMT_DEFER: expr_ok(g, s->lhs); return;  // defer.c
    case STMT_GO: expr_ok(g, s->lhs); return;  // go.c
    case STMT_SEND:  // chan.c
        if (expr_ok(g, s->lhs))
            expr_ok(g, s->rhs);
        return;
    case STMT_SELECT: check_select(g, s); return;  // select.c
    default: reject(s->pos, "this statement is"); return;
    }
}

// ---- Functions and package variables (lower.c) ---------------------------------------------

// fields_ok checks a signature's parameter or result fields against their
// types (one per name, or one for a field without names). The names of a
// rejected field are bad; the first rejected field is reported if `report`.
static bool fields_ok(Gate *g, NodeList *fields, Vec *types, bool report) {
    bool ok = true;
    int k = 0;
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        Type *t = k < types->len ? VEC_AT(types, k) : NULL;
        k += f->names.len ? f->names.len : 1;
        const char *what = unsupported_type(t);
        if (!what)
            continue;
        if (ok && report)
            reject(f->type ? f->type->pos : f->pos, what);
        ok = false;
        for (int j = 0; j < f->names.len; j++)
            mark_bad_object(g, ((Node *)f->names.items[j])->obj);
    }
    return ok;
}

static int result_words(Type *sig) {
    int n = 0;
    for (int i = 0; i < sig->results.len; i++)
        n += value_words(VEC_AT(&sig->results, i));
    return n;
}

// signature_ok checks what gen_func needs of a function: no receiver, and
// parameters and results it can pass as words, at most MAX_WORDS of results
// (they are returned as one Value).
static bool signature_ok(Gate *g, Node *fn) {
    if (fn->recv && fn->recv->type && !type_ok(fn->recv->type->ty, fn->recv->type->pos))
        return false;
    Type *sig = fn->ty;
    if (!sig || sig->kind != TY_FUNC || !fn->type)
        return reject(fn->pos, "this function is");
    bool ok = fields_ok(g, &fn->type->params, &sig->params, true);
    ok = fields_ok(g, &fn->type->results, &sig->results, ok) && ok;
    if (ok && result_words(sig) > MAX_WORDS) {
        Pos at = fn->type->results.len ? ((Node *)fn->type->results.items[0])->pos : fn->pos;
        error_at(at, "results of more than %d words are not yet supported by mgc "
                             "(a slice is 3 words, a string 2, other values 1)", MAX_WORDS);
        return false;
    }
    return ok;
}

// check_func_body checks a function's body.
static void check_func_body(Gate *g, Node *fn) {
    if (!fn->body)
        return;
    g->func = fn;
    check_block(g, fn->body);
    g->func = NULL;
}

// check_package_var checks the spec that declares o, once per spec
// (`checked`). Called in initialization order, so a variable is judged
// before the initializers that use it.
static void check_package_var(Gate *g, Object *o, PtrSet *checked) {
    Node *spec = o->spec;
    if (o->type && o->type->size >= (int64_t)1 << 30) {  // near the small code model's 2 GB reach
        reject(o->pos, "package variables of 1 GB or more are");
        mark_bad_object(g, o);
        return;
    }
    if (!ptrset_add(checked, spec ? (void *)spec : (void *)o))
        return;
    if (!spec) {
        if (!type_ok(o->type, o->pos))
            mark_bad_object(g, o);
    } else if (!var_spec_ok(g, spec)) {
        vec_push(&g->bad_decls, spec);
    }
}

static void collect_decls(NodeList *list, Vec *out) {
    for (int i = 0; i < list->len; i++) {
        Node *d = list->items[i];
        if (d->kind == DECL_GROUP)
            collect_decls(&d->list, out);
        else
            vec_push(out, d);
    }
}

// check_decl_kind: declarations other than functions and variables
// generate no code.
static void check_decl_kind(Node *d) {
    switch (d->kind) {
    case DECL_FUNC:
    case DECL_VAR:
    case DECL_CONST:
    case DECL_TYPE:
    case DECL_IMPORT: return;
    default: reject(d->pos, "this declaration is"); return;
    }
}

// check_lowerable checks the signatures first, so that a call knows whether
// its function was rejected, then the package variables (in initialization
// order, then any not initialized), then the bodies.
bool check_lowerable(Program *p) {
    int errors = error_count();
    Gate g = {0};
    Vec decls = {0};
    for (int i = 0; i < p->files.len; i++)
        collect_decls(&((Node *)VEC_AT(&p->files, i))->decls, &decls);
    for (int i = 0; i < decls.len; i++) {
        Node *d = VEC_AT(&decls, i);
        check_decl_kind(d);
        if (d->kind == DECL_FUNC && !signature_ok(&g, d))
            vec_push(&g.bad_decls, d);
    }
    PtrSet checked = {0};
    for (int i = 0; i < p->var_inits.len; i++)
        check_package_var(&g, VEC_AT(&p->var_inits, i), &checked);
    for (int i = 0; i < p->globals.len; i++)
        check_package_var(&g, VEC_AT(&p->globals, i), &checked);
    for (int i = 0; i < decls.len; i++) {
        Node *d = VEC_AT(&decls, i);
        if (d->kind == DECL_FUNC)
            check_func_body(&g, d);
    }
    return error_count() == errors;
}
