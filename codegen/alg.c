// alg.c: equality and hashing of types, as gc decides them
// (cmd/compile/internal/types/alg.go AlgType, compare/compare.go,
// reflectdata/alg.go geneq and genhash).
//
// A type's `equal` (in its descriptor) and a map's `hasher` are funcvals:
// pointers to a word holding the code pointer (docs/LOWERING.md, "Type
// descriptors"). Which one:
//
//   plain memory of size 0,1,2,4,8,16   runtime.memequal64·f, runtime.memhash64·f, ...
//   plain memory of another size N      type..eqfuncN = {runtime.memequal_varlen, N}
//                                       type..hashfuncN = {runtime.memhash_varlen, N}
//   string, float, interface            runtime.strequal·f, f64equal·f, interequal·f, ...
//   other comparable structs, arrays    type..eqfunc.T = {type..eq.T}, generated here:
//                                           func type..eq.T(p, q *T) bool
//                                       type..hashfunc.T = {type..hash.T}:
//                                           func type..hash.T(p *T, h uintptr) uintptr
//   incomparable                        nil (no hasher: such a type is never a key)
#include "lower.h"

#include <string.h>

// ---- Classification (= types.AlgType, reflectdata.AlgType) ------------------------------

static bool is_blank(Field *f) { return strcmp(f->name, "_") == 0; }

// is_padded_field: field i of struct t is followed by padding (= types.IsPaddedField).
static bool is_padded_field(Type *t, int i) {
    Field *f = VEC_AT(&t->fields, i);
    int64_t end = i + 1 < t->fields.len ? ((Field *)VEC_AT(&t->fields, i + 1))->offset : t->size;
    return f->offset + f->type->size != end;
}

static AlgKind struct_alg(Type *t);

// base_alg is types.AlgType: ALG_MEM for plain memory of any size.
static AlgKind base_alg(Type *t) {
    if (t->noalg)
        return ALG_NOEQ;
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_FUNC: case TY_MAP: case TY_SLICE: return ALG_NOEQ;
    case TY_FLOAT32: return ALG_FLOAT32;
    case TY_FLOAT64: return ALG_FLOAT64;
    case TY_STRING: return ALG_STRING;
    case TY_INTERFACE: return interface_methods(u)->len ? ALG_INTER : ALG_NILINTER;
    case TY_STRUCT: return struct_alg(u);
    case TY_ARRAY: {
        AlgKind a = base_alg(u->elem);
        if (a == ALG_MEM || a == ALG_NOEQ)
            return a;
        return u->len == 0 ? ALG_MEM : u->len == 1 ? a : ALG_SPECIAL;
    }
    default: return ALG_MEM;  // integers, bool, pointers, unsafe.Pointer
    }
}

// struct_alg: a one-field struct is its field; otherwise plain memory unless a
// field is not, is blank, or is followed by padding.
static AlgKind struct_alg(Type *t) {
    if (t->fields.len == 1 && !is_blank(VEC_AT(&t->fields, 0)))
        return base_alg(((Field *)VEC_AT(&t->fields, 0))->type);
    AlgKind ret = ALG_MEM;
    for (int i = 0; i < t->fields.len; i++) {
        Field *f = VEC_AT(&t->fields, i);
        AlgKind a = base_alg(f->type);
        if (a == ALG_NOEQ)
            return ALG_NOEQ;
        if (a != ALG_MEM || is_blank(f) || is_padded_field(t, i))
            ret = ALG_SPECIAL;
    }
    return ret;
}

bool is_regular_memory(Type *t) { return base_alg(t) == ALG_MEM; }

// alg_kind refines plain memory by size (amd64 needs no alignment check).
AlgKind alg_kind(Type *t) {
    AlgKind a = base_alg(t);
    if (a != ALG_MEM)
        return a;
    switch (t->size) {
    case 0: return ALG_MEM0;
    case 1: return ALG_MEM8;
    case 2: return ALG_MEM16;
    case 4: return ALG_MEM32;
    case 8: return ALG_MEM64;
    case 16: return ALG_MEM128;
    default: return ALG_MEM;
    }
}

// ---- Closures ------------------------------------------------------------------------


// static_funcval emits (once) the read-only funcval `name` = {fn, size} (size
// only if size >= 0) and returns name. It reports whether it was new in *fresh.
const char *static_funcval(Gen *g, const char *name, const char *fn, int64_t size, bool *fresh) {
    *fresh = ir_find_data(g->m, name) == NULL;
    if (!*fresh)
        return name;
    IrData *d = ir_new_data(g->m, name, size >= 0 ? 16 : 8, 8, true);
    d->bytes = arena_alloc(16);
    ir_data_reloc(d, 0, fn, 0);
    if (size >= 0)
        for (int i = 0; i < 8; i++)
            d->bytes[8 + i] = (uint8_t)((uint64_t)size >> (8 * i));
    return name;
}

static const char *const runtime_suffix[] = {
    [ALG_MEM0] = "mem%s0", [ALG_MEM8] = "mem%s8", [ALG_MEM16] = "mem%s16",
    [ALG_MEM32] = "mem%s32", [ALG_MEM64] = "mem%s64", [ALG_MEM128] = "mem%s128",
    [ALG_STRING] = "str%s", [ALG_INTER] = "inter%s", [ALG_NILINTER] = "nilinter%s",
    [ALG_FLOAT32] = "f32%s", [ALG_FLOAT64] = "f64%s",
};

// runtime_closure: the runtime's funcval for op ("equal" or "hash") of kind
// a, e.g. runtime.memequal64·f (defined in runtime/alg.c).
static const char *runtime_closure(AlgKind a, const char *op) {
    return arena_printf("runtime.%s\xc2\xb7" "f", arena_printf(runtime_suffix[a], op));
}

static void gen_eq_func(Gen *g, Type *t, const char *name);
static void gen_hash_func(Gen *g, Type *t, const char *name);

const char *alg_equal_closure(Gen *g, Type *t) {
    AlgKind a = alg_kind(t);
    bool fresh;
    if (a == ALG_NOEQ)
        return NULL;
    if (a == ALG_MEM)
        return static_funcval(g, arena_printf("type..eqfunc%lld", (long long)t->size),
                       "runtime.memequal_varlen", t->size, &fresh);
    if (a != ALG_SPECIAL)
        return runtime_closure(a, "equal");
    const char *link = type_link_string(t);
    const char *fn = arena_printf("type..eq.%s", link);
    const char *c = static_funcval(g, arena_printf("type..eqfunc.%s", link), fn, -1, &fresh);
    if (fresh)
        gen_eq_func(g, t, fn);
    return c;
}

const char *alg_hash_closure(Gen *g, Type *t) {
    AlgKind a = alg_kind(t);
    bool fresh;
    if (a == ALG_NOEQ)
        return NULL;
    if (a == ALG_MEM)
        return static_funcval(g, arena_printf("type..hashfunc%lld", (long long)t->size),
                       "runtime.memhash_varlen", t->size, &fresh);
    if (a != ALG_SPECIAL)
        return runtime_closure(a, "hash");
    const char *link = type_link_string(t);
    const char *fn = arena_printf("type..hash.%s", link);
    const char *c = static_funcval(g, arena_printf("type..hashfunc.%s", link), fn, -1, &fresh);
    if (fresh)
        gen_hash_func(g, t, fn);
    return c;
}

// ---- Generated functions: small emit helpers ------------------------------------------

static Value word(VReg v) { return (Value){.n = 1, .w = {v}}; }

static VReg addr_add(Gen *g, VReg p, int64_t off) {
    return off ? emit_binop(g, IR_ADD, p, emit_const(g, off)) : p;
}

static VReg load(Gen *g, VReg p, int64_t off, int width, RegClass cls) {
    IrInstr *in = emit(g, IR_LOAD);
    in->dst = ir_new_vreg(g->f, cls);
    in->a = p;
    in->imm = off;
    in->width = width;
    return in->dst;
}

static VReg call3(Gen *g, const char *fn, VReg a, VReg b, VReg c) {
    static const int words[] = {1, 1, 1};
    Value args[] = {word(a), word(b), word(c)};
    return emit_call(g, fn, runtime_sig(c ? 3 : 2, words, 1), args, c ? 3 : 2, 1).w[0];
}

// expect continues in a fresh block if ok is true, else goes to neq.
static void expect(Gen *g, VReg ok, IrBlock *neq) {
    IrBlock *next = new_block(g, "eq.next");
    emit_branch(g, ok, next, neq);
    g->b = next;
}

// start_func makes g lower into a new function `name`(p, q or h) with one
// integer result, and returns its two parameters in params.
static void start_func(Gen *g, const char *name, VReg params[2]) {
    static const int words[] = {1, 1};
    g->f = ir_new_func(g->m, name, runtime_sig(2, words, 1), (Pos){0});
    g->f->goname = name;
    g->b = VEC_AT(&g->f->blocks, 0);
    params[0] = g->f->params[0];
    params[1] = g->f->params[1];
}

static void emit_return(Gen *g, VReg v) {
    IrInstr *in = emit(g, IR_RET);
    in->args = arena_alloc(sizeof(VReg));
    in->args[0] = v;
    in->nargs = 1;
}

// ---- type..eq.T ----------------------------------------------------------------------

// emit_eq_at compares the values of type t at p+off and q+off (as `==` on t
// does) and goes to neq if they differ.
static void emit_eq_at(Gen *g, Type *t, VReg p, VReg q, int64_t off, IrBlock *neq) {
    AlgKind a = alg_kind(t);
    static const int widths[] = {[ALG_MEM8] = 1, [ALG_MEM16] = 2, [ALG_MEM32] = 4, [ALG_MEM64] = 8};
    switch (a) {
    case ALG_MEM0: return;
    case ALG_MEM8: case ALG_MEM16: case ALG_MEM32: case ALG_MEM64: {
        VReg x = load(g, p, off, widths[a], CLASS_INT), y = load(g, q, off, widths[a], CLASS_INT);
        return expect(g, emit_cmp(g, COND_EQ, x, y, false), neq);
    }
    case ALG_MEM128: case ALG_MEM: {
        VReg x = addr_add(g, p, off), y = addr_add(g, q, off);
        return expect(g, call3(g, "runtime.memequal", x, y, emit_const(g, t->size)), neq);
    }
    case ALG_FLOAT32: case ALG_FLOAT64: {
        int w = a == ALG_FLOAT32 ? 4 : 8;
        VReg x = load(g, p, off, w, CLASS_FLOAT), y = load(g, q, off, w, CLASS_FLOAT);
        IrInstr *in = emit(g, IR_FCMP);
        in->a = x;
        in->b = y;
        in->dst = new_vreg(g);
        in->cond = COND_EQ;
        in->is32 = a == ALG_FLOAT32;
        return expect(g, in->dst, neq);
    }
    case ALG_STRING: {  // len(x) == len(y) && memequal(x.ptr, y.ptr, len(x))
        VReg xlen = load(g, p, off + 8, 8, CLASS_INT), ylen = load(g, q, off + 8, 8, CLASS_INT);
        expect(g, emit_cmp(g, COND_EQ, xlen, ylen, false), neq);
        VReg xp = load(g, p, off, 8, CLASS_INT), yp = load(g, q, off, 8, CLASS_INT);
        return expect(g, call3(g, "runtime.memequal", xp, yp, xlen), neq);
    }
    case ALG_INTER: case ALG_NILINTER: {  // x.tab == y.tab && efaceeq(x.tab, x.data, y.data)
        VReg xt = load(g, p, off, 8, CLASS_INT), yt = load(g, q, off, 8, CLASS_INT);
        expect(g, emit_cmp(g, COND_EQ, xt, yt, false), neq);
        VReg xd = load(g, p, off + 8, 8, CLASS_INT), yd = load(g, q, off + 8, 8, CLASS_INT);
        const char *fn = a == ALG_INTER ? "runtime.ifaceeq" : "runtime.efaceeq";
        return expect(g, call3(g, fn, xt, xd, yd), neq);
    }
    case ALG_SPECIAL: {
        alg_equal_closure(g, t);  // generates type..eq.<t>
        VReg x = addr_add(g, p, off), y = addr_add(g, q, off);
        return expect(g, call3(g, arena_printf("type..eq.%s", type_link_string(t)), x, y, 0), neq);
    }
    case ALG_NOEQ: unreachable();
    }
}

// memrun: the fields [start, *next) form a run of plain memory that ends at a
// padded field, a blank field or a field that is not plain memory (=
// compare.Memrun); returns its size in bytes.
static int64_t memrun(Type *t, int start, int *next) {
    int n = start + 1;
    while (n < t->fields.len && !is_padded_field(t, n - 1)) {
        Field *f = VEC_AT(&t->fields, n);
        if (is_blank(f) || !is_regular_memory(f->type))
            break;
        n++;
    }
    *next = n;
    Field *first = VEC_AT(&t->fields, start), *last = VEC_AT(&t->fields, n - 1);
    return last->offset + last->type->size - first->offset;
}

// emit_struct_eq compares field by field, in order (= compare.EqStruct):
// blank fields are skipped; a run of more than two plain-memory fields is one
// memequal; the other fields are compared as their types' == does.
static void emit_struct_eq(Gen *g, Type *t, VReg p, VReg q, IrBlock *neq) {
    for (int i = 0; i < t->fields.len;) {
        Field *f = VEC_AT(&t->fields, i);
        if (is_blank(f) || !is_regular_memory(f->type)) {
            if (!is_blank(f))
                emit_eq_at(g, f->type, p, q, f->offset, neq);
            i++;
            continue;
        }
        int next;
        int64_t size = memrun(t, i, &next);
        if (next - i <= 2) {
            for (int k = i; k < next; k++) {
                Field *fk = VEC_AT(&t->fields, k);
                emit_eq_at(g, fk->type, p, q, fk->offset, neq);
            }
        } else {
            VReg x = addr_add(g, p, f->offset), y = addr_add(g, q, f->offset);
            expect(g, call3(g, "runtime.memequal", x, y, emit_const(g, size)), neq);
        }
        i = next;
    }
}

// emit_array_eq compares element by element, stopping at the first
// difference:
//     for i := 0; i < len; i++ { if !(p[i] == q[i]) { goto neq } }
static void emit_array_eq(Gen *g, Type *t, VReg p, VReg q, IrBlock *neq) {
    IrBlock *cond = new_block(g, "eq.loop"), *body = new_block(g, "eq.body");
    IrBlock *done = new_block(g, "eq.done");
    VReg i = new_vreg(g);
    emit_set_const(g, i, 0);
    start_block(g, cond);
    emit_branch(g, emit_cmp(g, COND_LT, i, emit_const(g, t->len), true), body, done);
    g->b = body;
    VReg off = emit_binop(g, IR_MUL, i, emit_const(g, t->elem->size));
    VReg x = emit_binop(g, IR_ADD, p, off), y = emit_binop(g, IR_ADD, q, off);
    emit_eq_at(g, t->elem, x, y, 0, neq);
    emit_increment(g, i, 1);
    emit_jmp(g, cond);
    g->b = done;
}

// gen_equal_parts compares the t values at p and q as `==` does, going to
// neq at the first difference: a struct or array that is not plain memory part
// by part (the body of type..eq.T, which `==` also inlines), any other type as
// a part of it would be compared.
void gen_equal_parts(Gen *g, Type *t, VReg p, VReg q, IrBlock *neq) {
    Type *u = underlying(t);
    if (alg_kind(t) != ALG_SPECIAL)
        emit_eq_at(g, t, p, q, 0, neq);
    else if (u->kind == TY_ARRAY)
        emit_array_eq(g, u, p, q, neq);
    else
        emit_struct_eq(g, u, p, q, neq);
}

// gen_eq_func generates type..eq.T for a struct or array T (= geneq):
//     func type..eq.T(p, q *T) bool {
//         <compare the fields / elements; any difference: goto neq>
//         return true
//     neq:
//         return false
//     }
static void gen_eq_func(Gen *outer, Type *t, const char *name) {
    Gen g = {.prog = outer->prog, .m = outer->m, .shared = outer->shared};
    VReg pq[2];
    start_func(&g, name, pq);
    IrBlock *neq = new_block(&g, "neq");
    gen_equal_parts(&g, t, pq[0], pq[1], neq);
    emit_return(&g, emit_const(&g, 1));
    g.b = neq;
    emit_return(&g, emit_const(&g, 0));
    ir_prune_unreachable(g.f);
}

// ---- type..hash.T --------------------------------------------------------------------

// hash_func_for is the function that hashes one value of type t (= hashfor).
static const char *hash_func_for(Gen *g, Type *t) {
    switch (base_alg(t)) {
    case ALG_INTER: return "runtime.interhash";
    case ALG_NILINTER: return "runtime.nilinterhash";
    case ALG_STRING: return "runtime.strhash";
    case ALG_FLOAT32: return "runtime.f32hash";
    case ALG_FLOAT64: return "runtime.f64hash";
    case ALG_SPECIAL:
        alg_hash_closure(g, t);
        return arena_printf("type..hash.%s", type_link_string(t));
    default: unreachable();  // plain memory is hashed by runs (memhash)
    }
}

// emit_struct_hash: h = hash(field, h) for each field in order, runs of plain
// memory with one memhash(p+off, h, size), blank fields skipped.
static VReg emit_struct_hash(Gen *g, Type *t, VReg p, VReg h) {
    for (int i = 0; i < t->fields.len;) {
        Field *f = VEC_AT(&t->fields, i);
        if (is_blank(f)) {
            i++;
        } else if (!is_regular_memory(f->type)) {
            VReg x = addr_add(g, p, f->offset);
            h = call3(g, hash_func_for(g, f->type), x, h, 0);
            i++;
        } else {
            int next;
            int64_t size = memrun(t, i, &next);
            VReg x = addr_add(g, p, f->offset);
            h = call3(g, "runtime.memhash", x, h, emit_const(g, size));
            i = next;
        }
    }
    return h;
}

// emit_array_hash: for i := 0; i < len; i++ { h = hash(&p[i], h) }
static VReg emit_array_hash(Gen *g, Type *t, VReg p, VReg h) {
    const char *fn = hash_func_for(g, t->elem);
    VReg acc = emit_copy(g, h), i = new_vreg(g);
    emit_set_const(g, i, 0);
    IrBlock *cond = new_block(g, "hash.loop"), *body = new_block(g, "hash.body");
    IrBlock *done = new_block(g, "hash.done");
    start_block(g, cond);
    emit_branch(g, emit_cmp(g, COND_LT, i, emit_const(g, t->len), true), body, done);
    g->b = body;
    VReg elem = emit_binop(g, IR_ADD, p, emit_binop(g, IR_MUL, i, emit_const(g, t->elem->size)));
    VReg next = call3(g, fn, elem, acc, 0);
    emit_mov(g, acc, next);
    emit_increment(g, i, 1);
    emit_jmp(g, cond);
    g->b = done;
    return acc;
}

// gen_hash_func generates type..hash.T for a struct or array T (= genhash):
//     func type..hash.T(p *T, h uintptr) uintptr {
//         h = <hash of each field or element>(&p.f, h) ...
//         return h
//     }
static void gen_hash_func(Gen *outer, Type *t, const char *name) {
    Gen g = {.prog = outer->prog, .m = outer->m, .shared = outer->shared};
    VReg ph[2];
    start_func(&g, name, ph);
    Type *u = underlying(t);
    VReg h = u->kind == TY_ARRAY ? emit_array_hash(&g, u, ph[0], ph[1])
                                 : emit_struct_hash(&g, u, ph[0], ph[1]);
    emit_return(&g, h);
}
