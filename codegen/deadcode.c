// deadcode.c: drop the functions and data no live code can reach (= the
// reachability walk of gc's linker, cmd/link/internal/ld/deadcode.go, in its
// simplest form). `mgc build` and `mgc run` run it on the whole module before
// writing assembly; `mgc asm` shows everything compiled, as gc's -S does.
//
// A library package is compiled whole (lib/os.go has MkdirTemp whether or not
// the program calls it), so without this walk every program that prints with
// fmt would assemble all of os and io. The walk starts at the roots, the
// symbols the C runtime names (main.main, main.init, fmt.handleMethods, ...,
// and the descriptors of unnamed types its weak references may ask for), and
// follows every symbol a live function's instructions name (IR_CALL,
// IR_ADDR) and every relocation of live data. A type descriptor names all of
// its type's methods, so a live type keeps all of them (gc's linker also
// prunes methods no interface can reach; this walk does not).
//
// runtime.itablink, the list of static itabs the runtime registers before
// main, is not a root: it is rewritten to list the live itabs only.
#include "codegen.h"

#include <string.h>

// The Go functions runtime/ calls by name (`nm -u runtime/libmgcrt.a`).
static const char *const runtime_callees[] = {"main.main", "main.init", "fmt.handleMethods",
                                              "fmt.isError"};

// A symbol table from name to function or data, open addressing.
typedef struct Sym {
    const char *name;
    IrFunc *func;
    IrData *data;
    bool live;
} Sym;

typedef struct Table {
    Sym *slots;
    size_t cap;
} Table;

static size_t hash_name(const char *s) {
    size_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static Sym *lookup(Table *t, const char *name, bool add) {
    for (size_t i = hash_name(name) & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        Sym *s = &t->slots[i];
        if (!s->name) {
            if (!add)
                return NULL;
            s->name = name;
            return s;
        }
        if (strcmp(s->name, name) == 0)
            return s;
    }
}

static Table make_table(IrModule *m) {
    Table t = {.cap = 16};
    while (t.cap < 2 * (size_t)(m->funcs.len + m->data.len))
        t.cap *= 2;
    t.slots = arena_alloc(t.cap * sizeof(Sym));
    memset(t.slots, 0, t.cap * sizeof(Sym));
    for (int i = 0; i < m->funcs.len; i++) {
        IrFunc *f = VEC_AT(&m->funcs, i);
        lookup(&t, f->name, true)->func = f;
    }
    for (int i = 0; i < m->data.len; i++) {
        IrData *d = VEC_AT(&m->data, i);
        lookup(&t, d->name, true)->data = d;
    }
    return t;
}

// mark makes name live and queues it, if the module defines it (a runtime
// symbol is not ours to keep or drop).
static void mark(Table *t, Vec *queue, const char *name) {
    Sym *s = lookup(t, name, false);
    if (s && !s->live) {
        s->live = true;
        vec_push(queue, s);
    }
}

static void mark_func_refs(Table *t, Vec *queue, IrFunc *f) {
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(&f->blocks, b);
        for (int i = 0; i < blk->instrs.len; i++) {
            IrInstr *in = VEC_AT(&blk->instrs, i);
            if (in->sym)
                mark(t, queue, in->sym);
        }
    }
}

static void mark_data_refs(Table *t, Vec *queue, IrData *d) {
    if (strcmp(d->name, "runtime.itablink") == 0)
        return;
    for (int i = 0; i < d->relocs.len; i++)
        mark(t, queue, ((IrReloc *)VEC_AT(&d->relocs, i))->sym);
}

// is_root_data: the descriptors of predeclared and unnamed types
// ("type.int", "type.[]uint8"), which the runtime's C code refers to weakly.
static bool is_root_data(IrData *d) {
    return strncmp(d->name, "type.", 5) == 0 && !strchr(d->name + 5, '.');
}

// relink_itabs rewrites runtime.itablink to list the live itabs only.
static void relink_itabs(Table *t) {
    Sym *s = lookup(t, "runtime.itablink", false);
    if (!s || !s->data)
        return;
    s->live = true;
    IrData *link = s->data;
    Vec live = {0};
    for (int i = 0; i < link->relocs.len; i++) {
        IrReloc *r = VEC_AT(&link->relocs, i);
        Sym *itab = lookup(t, r->sym, false);
        if (itab && itab->live)
            vec_push(&live, r);
    }
    uint64_t n = (uint64_t)live.len;
    memcpy(link->bytes, &n, 8);
    for (int i = 0; i < live.len; i++)
        ((IrReloc *)VEC_AT(&live, i))->offset = 8 + 8 * i;
    link->relocs = live;
    link->size = 8 + 8 * live.len;
}

void eliminate_dead_code(IrModule *m) {
    Table t = make_table(m);
    Vec queue = {0};
    for (size_t i = 0; i < sizeof runtime_callees / sizeof *runtime_callees; i++)
        mark(&t, &queue, runtime_callees[i]);
    for (int i = 0; i < m->data.len; i++) {
        IrData *d = VEC_AT(&m->data, i);
        if (is_root_data(d))
            mark(&t, &queue, d->name);
    }
    for (int i = 0; i < queue.len; i++) {
        Sym *s = VEC_AT(&queue, i);
        if (s->func)
            mark_func_refs(&t, &queue, s->func);
        if (s->data)
            mark_data_refs(&t, &queue, s->data);
    }
    relink_itabs(&t);
    Vec funcs = {0}, data = {0};
    for (int i = 0; i < m->funcs.len; i++)
        if (lookup(&t, ((IrFunc *)VEC_AT(&m->funcs, i))->name, false)->live)
            vec_push(&funcs, VEC_AT(&m->funcs, i));
    for (int i = 0; i < m->data.len; i++)
        if (lookup(&t, ((IrData *)VEC_AT(&m->data, i))->name, false)->live)
            vec_push(&data, VEC_AT(&m->data, i));
    m->funcs = funcs;
    m->data = data;
}
