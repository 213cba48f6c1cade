// map.c: maps (Go spec: Map types, Making slices, maps and channels, Index
// expressions, Deletion of map elements, For statements with range clause;
// = gc's walk/builtin.go walkMakeMap and walkDelete, walk/expr.go
// walkIndexMap, walk/complit.go maplit, walk/range.go).
//
// A map value is one word, a *hmap (runtime/map.c), nil for a nil map. Every
// operation is a call of the runtime with the map's type descriptor; the key
// goes by address (a temporary holds it) and the element comes back as the
// address of its slot, which the code then loads or stores:
//     v := m[k]        =>  key = k ; p = mapaccess1(type.map[K]V, m, &key) ; v = *p
//     v, ok := m[k]    =>  key = k ; p, ok = mapaccess2(type.map[K]V, m, &key) ; v = *p
//     m[k] = v         =>  key = k ; <v> ; p = mapassign(type.map[K]V, m, &key) ; *p = v
//     delete(m, k)     =>  key = k ; mapdelete(type.map[K]V, m, &key)
//     len(m)           =>  m == nil ? 0 : m.count
// gc calls specialised variants for 4- and 8-byte and string keys
// (mapaccess1_fast64(t, m, k), with the key by value); mgc always calls the
// generic ones.
#include "lower.h"

#include <string.h>

enum {
    MAX_ZERO = 1024,    // = runtime.maxZero: larger elements need their own zero area
    HITER_SIZE = 96,    // sizeof(hiter), runtime/map.c: 12 words
    HITER_KEY = 0,      // hiter.key: the current key's address, nil at the end
    HITER_ELEM = 8,     // hiter.elem: the current element's address
    SMALL_MAP = 8,      // = bucketCnt: make with a constant hint up to this is makemap_small
};

// is_map_index says whether e is m[k] of a map m.
bool is_map_index(Node *e) {
    e = unparen(e);
    return e->kind == EXPR_INDEX && underlying(e->lhs->ty)->kind == TY_MAP;
}

// ---- Keys and runtime calls ---------------------------------------------------------------

// gen_key_addr evaluates a key and returns its address: a struct or array
// value already is the address of a private copy; other values are stored
// into a temporary.
static VReg gen_key_addr(Gen *g, Type *key, Node *k) {
    Value v = gen_expr(g, k);
    if (is_aggregate(key))
        return v.w[0];
    VReg tmp = gen_temp(g, key);
    gen_store(g, key, tmp, v);
    return tmp;
}

// map_call calls fn(type.map[K]V, m, &key[, extra]) and returns its nresults words.
static Value map_call(Gen *g, const char *fn, Type *mt, VReg m, VReg key, VReg extra, int nresults) {
    Value args[4] = {{1, {gen_type_addr(g, mt)}}, {1, {m}}, {1, {key}}, {1, {extra}}};
    int nargs = extra ? 4 : 3;
    int words[4] = {1, 1, 1, 1};
    return emit_call(g, fn, runtime_sig(nargs, words, nresults), args, nargs, nresults);
}

// gen_map_zero is the address of go.map.zero, the zero area the _fat
// lookups return for a missing key: one .bss symbol, as large as the
// largest element that needs it (= gc's go.map.zero).
static VReg gen_map_zero(Gen *g, int64_t size) {
    IrData *zero = ir_find_data(g->m, "go.map.zero");
    if (!zero) {
        zero = ir_new_data(g->m, "go.map.zero", (int)size, 8, false);
        zero->comment = "the zero value of large map elements";
    }
    if (zero->size < size)
        zero->size = (int)size;
    IrInstr *in = emit(g, IR_ADDR);
    in->dst = new_vreg(g);
    in->sym = zero->name;
    return in->dst;
}

// gen_mapaccess looks key up: mapaccess1 gives the element's address (of a
// zero value when missing), mapaccess2 (comma_ok) adds whether it was found.
// Elements over MAX_ZERO bytes use the _fat forms with go.map.zero.
static Value gen_mapaccess(Gen *g, Type *mt, VReg m, VReg key, bool comma_ok) {
    int64_t size = mt->elem->size;
    if (size <= MAX_ZERO)
        return map_call(g, comma_ok ? "runtime.mapaccess2" : "runtime.mapaccess1", mt, m, key, 0,
                        comma_ok ? 2 : 1);
    return map_call(g, comma_ok ? "runtime.mapaccess2_fat" : "runtime.mapaccess1_fat", mt, m, key,
                    gen_map_zero(g, size), comma_ok ? 2 : 1);
}

// ---- Making maps -----------------------------------------------------------------------------

enum { HMAP_WORDS = 6 };   // sizeof(hmap) in runtime/map.c: 48 bytes

// frame_hmap: a cleared hmap in a frame slot, for a map that does not
// escape (= gc's walk of OMAKEMAP for EscNone: `var hv hmap; h = &hv`).
static VReg frame_hmap(Gen *g, Node *site) {
    lower_note(g, "the map's hmap in the frame: it does not escape (gc: escape analysis, "
                  "stack allocation); its buckets come from the heap");
    IrInstr *in = emit(g, IR_FRAME_ADDR);
    in->dst = new_vreg(g);
    in->slot = ir_new_slot(g->f, 8 * HMAP_WORDS, 8, "tmp hmap");
    in->text = site->esc_what;
    VReg zero = emit_const(g, 0);
    for (int w = 0; w < HMAP_WORDS; w++) {
        IrInstr *st = emit(g, IR_STORE);
        st->a = in->dst;
        st->imm = 8 * w;
        st->width = 8;
        st->b = zero;
    }
    return in->dst;
}

// gen_new_map creates a map for about hint entries (hint 0: none given) at
// the allocation site `site`:
//     makemap_small()                  a constant hint of at most 8
//     makemap(type.map[K]V, hint, nil)  otherwise (nil: no preallocated hmap)
//     makemap(type.map[K]V, hint, &h)   a map that does not escape: h in the frame
static VReg gen_new_map(Gen *g, Type *mt, VReg hint, bool small, Node *site) {
    VReg h = site && site->stack_alloc ? frame_hmap(g, site) : 0;
    if (small && !h)
        return emit_call(g, "runtime.makemap_small", runtime_sig(0, NULL, 1), NULL, 0, 1).w[0];
    Value args[3] = {{1, {gen_type_addr(g, mt)}}, {1, {small ? emit_const(g, 0) : hint}},
                     {1, {h ? h : emit_const(g, 0)}}};
    int words[3] = {1, 1, 1};
    return emit_call(g, "runtime.makemap", runtime_sig(3, words, 1), args, 3, 1).w[0];
}

// gen_make_map lowers make(map[K]V) and make(map[K]V, hint). A hint of any
// integer type is passed as an int; the runtime treats a negative one
// (or a huge unsigned one) as 0, as Go does.
Value gen_make_map(Gen *g, Node *call) {
    Type *mt = underlying(call->ty);
    Node *hint = call->list.len > 1 ? call->list.items[1] : NULL;
    if (!hint || (hint->cval && const_int64(hint->cval) <= SMALL_MAP))
        return (Value){1, {gen_new_map(g, mt, 0, true, call)}};
    return (Value){1, {gen_new_map(g, mt, gen_expr(g, hint).w[0], false, call)}};
}

// gen_map_literal lowers map[K]V{k1: v1, ...} as a make and one assignment
// per entry, in order (= gc's maplit for entries that are not constant):
//     m = makemap_small() (or makemap(type.map[K]V, n, nil) for n > 8)
//     key = k1 ; <v1> ; *mapassign(type.map[K]V, m, &key) = v1 ; ...
Value gen_map_literal(Gen *g, Node *e) {
    Type *mt = underlying(e->ty);
    int n = e->list.len;
    VReg m = gen_new_map(g, mt, n > SMALL_MAP ? emit_const(g, n) : 0, n <= SMALL_MAP, e);
    for (int i = 0; i < n; i++) {
        Node *el = e->list.items[i];
        MapPlace place = {.map = mt, .h = m, .key = gen_key_addr(g, mt->key, el->lhs)};
        gen_map_place_store(g, &place, gen_expr(g, el->rhs));
    }
    return (Value){1, {m}};
}

// ---- Reading, writing, deleting ---------------------------------------------------------------

// gen_map_index lowers a read of m[k]: the element, or its zero value.
Value gen_map_index(Gen *g, Node *e) {
    Type *mt = underlying(e->lhs->ty);
    VReg m = gen_expr(g, e->lhs).w[0];
    VReg key = gen_key_addr(g, mt->key, e->rhs);
    return gen_load(g, mt->elem, gen_mapaccess(g, mt, m, key, false).w[0]);
}

// gen_map_index_ok lowers `v, ok = m[k]` into vals[0] (the element, or its
// zero value) and vals[1] (whether k is in m).
void gen_map_index_ok(Gen *g, Node *e, Value *vals) {
    Type *mt = underlying(e->lhs->ty);
    VReg m = gen_expr(g, e->lhs).w[0];
    VReg key = gen_key_addr(g, mt->key, e->rhs);
    Value r = gen_mapaccess(g, mt, m, key, true);
    vals[0] = gen_load(g, mt->elem, r.w[0]);
    vals[1] = (Value){1, {r.w[1]}};
}

// gen_map_place does the first phase of an assignment to m[k]
// (assign.c): m and k are evaluated, k into a temporary.
MapPlace gen_map_place(Gen *g, Node *e) {
    Type *mt = underlying(e->lhs->ty);
    VReg m = gen_expr(g, e->lhs).w[0];
    return (MapPlace){.map = mt, .h = m, .key = gen_key_addr(g, mt->key, e->rhs)};
}

// gen_map_place_load reads m[k] for `m[k] op= v` (zero if missing).
Value gen_map_place_load(Gen *g, MapPlace *p) {
    return gen_load(g, p->map->elem, gen_mapaccess(g, p->map, p->h, p->key, false).w[0]);
}

// gen_map_place_store is the second phase, after the value was evaluated
// (as gc orders it: a value that panics inserts nothing):
//     p = mapassign(type.map[K]V, m, &key) ; *p = v
// mapassign panics `assignment to entry in nil map` if m is nil.
void gen_map_place_store(Gen *g, MapPlace *p, Value v) {
    VReg slot = map_call(g, "runtime.mapassign", p->map, p->h, p->key, 0, 1).w[0];
    gen_store(g, p->map->elem, slot, v);
}

// gen_delete lowers delete(m, k):
//     key = k ; mapdelete(type.map[K]V, m, &key)    (nothing for nil m or a missing k)
void gen_delete(Gen *g, Node *call) {
    Node *mx = call->list.items[0];
    Type *mt = underlying(mx->ty);
    VReg m = gen_expr(g, mx).w[0];
    VReg key = gen_key_addr(g, mt->key, call->list.items[1]);
    map_call(g, "runtime.mapdelete", mt, m, key, 0, 0);
}

// gen_map_len lowers len(m): the hmap's first word, count; a nil map has
// none (= gc's inline OLEN of a map):
//     n = 0 ; if m != nil { n = m.count }
Value gen_map_len(Gen *g, VReg m) {
    VReg n = emit_copy(g, emit_const(g, 0));
    IrBlock *load = new_block(g, "maplen.count");
    IrBlock *done = new_block(g, "maplen.done");
    emit_branch(g, emit_cmp(g, COND_NE, m, emit_const(g, 0), false), load, done);
    g->b = load;
    IrInstr *count = emit(g, IR_LOAD);
    count->dst = n;
    count->a = m;
    count->width = 8;
    start_block(g, done);
    return (Value){1, {n}};
}

// ---- Range -------------------------------------------------------------------------------

// hiter_addr reserves the loop's iterator in the frame (= gc's hiter temp;
// the runtime clears it).
static VReg hiter_addr(Gen *g) {
    IrInstr *in = emit(g, IR_FRAME_ADDR);
    in->dst = new_vreg(g);
    in->slot = ir_new_slot(g->f, HITER_SIZE, 8, "hiter");
    return in->dst;
}

static VReg load_word(Gen *g, VReg addr, int64_t offset) {
    IrInstr *in = emit(g, IR_LOAD);
    in->dst = new_vreg(g);
    in->a = addr;
    in->imm = offset;
    in->width = 8;
    return in->dst;
}

// gen_range_map lowers `for k, v := range m` (= gc's walkRange for maps).
// The runtime chooses a random start, so the order differs from run to run:
//     mapiterinit(type.map[K]V, m, &hiter)
//     range.cond: if hiter.key == nil goto range.done
//     k, v = *hiter.key, *hiter.elem        (range.c gen_range_body)
//     body                                   (continue goes to range.next)
//     range.next: mapiternext(&hiter) ; goto range.cond
//     range.done:                            (break goes here)
void gen_range_map(Gen *g, Node *s) {
    const char *label = take_label(g);
    declare_iteration_vars(g, s);  // range.c
    Type *mt = underlying(s->rhs->ty);
    VReg m = gen_expr(g, s->rhs).w[0];
    VReg it = hiter_addr(g);
    map_call(g, "runtime.mapiterinit", mt, m, it, 0, 0);
    IrBlock *cond = new_block(g, "range.cond");
    IrBlock *body = new_block(g, "range.body");
    IrBlock *next = new_block(g, "range.next");
    IrBlock *done = new_block(g, "range.done");
    start_block(g, cond);
    VReg keyp = load_word(g, it, HITER_KEY);
    emit_branch(g, emit_cmp(g, COND_NE, keyp, emit_const(g, 0), false), body, done);
    g->b = body;
    Value key = s->key ? gen_load(g, mt->key, keyp) : (Value){0};
    Value val = s->value ? gen_load(g, mt->elem, load_word(g, it, HITER_ELEM)) : (Value){0};
    gen_range_body(g, s, label, key, val, next, done);  // range.c
    start_block(g, next);
    Value arg = {1, {it}};
    int words[1] = {1};
    emit_call(g, "runtime.mapiternext", runtime_sig(1, words, 0), &arg, 1, 0);
    emit_jmp(g, cond);
    g->b = done;
}
