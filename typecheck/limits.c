// limits.c: the sizes a program may not exceed. gc accepts every such
// program in its type checker (types2) and finds the limit afterwards, when
// it lays out types (types.CalcSize), writes a symbol (obj) or lowers a
// function; mgc's back end has two limits of its own. Both kinds are checked
// here, where the construct is met, once every type is complete, and
// reported as late errors: only for a program without type errors, as gc
// reports its own.
//     big.go:7:5: main.a: symbol too large (2147482624 bytes > 2000000000 bytes)
//     big.go:9:20: results of more than 64 words are not yet supported by mgc (...)
// gc's "stack frame too large" needs the frame's layout: the lowering reports
// it (codegen/lower.c).
#include "check.h"

enum {
    MAX_CHAN_ELEM = 1 << 16,         // gc: hchan.elemsize is a uint16
    MAX_SYMBOL = 2000000000,         // gc's obj: a symbol's size cutoff
};

static void late_error(Checker *c, Pos pos, const char *msg) {
    LateError *e = NEW(LateError);
    e->pos = pos;
    e->msg = msg;
    vec_push(&c->late_errors, e);
}

// check_size_later records a channel or function type whose size or shape
// is checked once its parts are complete (check_sizes). Arrays and structs
// of MAX_WIDTH bytes or more are reported where they are resolved
// (typexpr.c type_size_ok), at the declaration gc blames.
void check_size_later(Checker *c, Node *n) { vec_push(&c->sized_types, n); }

// check_chan_elem_size: gc's channels hold elements of less than 64 kB
// (types.CalcSize, TCHANARGS).
static void check_chan_elem_size(Checker *c, Node *n, Type *t) {
    if (t->elem->size >= MAX_CHAN_ELEM)
        late_error(c, n->pos, "channel element type too large (>64kB)");
}

// result_words counts the words a value of t takes in codegen's Value (keep
// in sync with codegen/memory.c value_words): a struct or array is the
// address of a copy.
static int result_words(Type *t) {
    switch (underlying(t)->kind) {
    case TY_STRING: case TY_INTERFACE: return 2;
    case TY_SLICE: return 3;
    default: return 1;
    }
}

// check_result_words: codegen returns a function's results as one Value of
// at most MAX_RESULT_WORDS words. Checked on every function type, so that
// declarations, literals, interface methods and func values all agree.
static void check_result_words(Checker *c, Node *n, Type *sig) {
    int words = 0;
    for (int i = 0; i < sig->results.len; i++)
        words += result_words(VEC_AT(&sig->results, i));
    if (words <= MAX_RESULT_WORDS)
        return;
    late_error(c, ((Node *)n->results.items[0])->pos,
               arena_printf("results of more than %d words are not yet supported by mgc "
                            "(a slice is 3 words, a string or an interface 2, other values 1)",
                            MAX_RESULT_WORDS));
}

static void check_type_size(Checker *c, Node *n) {
    Type *t = n->ty;
    if (!t || t == ty_invalid)
        return;
    switch (n->kind) {
    case TYPE_CHAN: check_chan_elem_size(c, n, t); return;
    case TYPE_FUNC: check_result_words(c, n, t); return;
    default: return;
    }
}

// check_sizes checks the types recorded since the last call, now that every
// type they mention is complete; each type syntax once.
void check_sizes(Checker *c) {
    PtrSet seen = {0};
    for (int i = 0; i < c->sized_types.len; i++) {
        Node *n = VEC_AT(&c->sized_types, i);
        if (ptrset_add(&seen, n))
            check_type_size(c, n);
    }
    c->sized_types.len = 0;
}

// check_symbol_size: gc writes a package variable as a symbol of at most
// MAX_SYMBOL bytes (obj's "symbol too large"); so does mgc, whose large
// variables live apart from the rest of the data (codegen/amd64 LARGE_DATA).
void check_symbol_size(Checker *c, Object *o) {
    int64_t size = o->type ? o->type->size : 0;
    if (size >= MAX_WIDTH)
        return;  // its type was reported
    if (size > MAX_SYMBOL)
        late_error(c, o->pos, arena_printf("%s.%s: symbol too large (%lld bytes > %d bytes)",
                                           c->p->path, o->name, (long long)size, MAX_SYMBOL));
}
