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
// its type's methods (uncommontype's ifn and tfn); as gc's linker does, the
// walk keeps an exported method only if a live interface type has a method
// of that name (or it is Error or String, which the runtime calls to print a
// panic value), and clears the other method pointers: no itab the runtime
// builds can need them.
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
    bool iface_name;    // a name (type..namedata.M.) of a live interface's method
} Sym;


typedef struct Table {
    Sym *slots;
    size_t cap;
} Table;

// A method of a live type that waits for a live interface to name it.
typedef struct Pending {
    IrData *type;       // the type descriptor
    IrReloc *fn;        // its ifn or tfn relocation
    Sym *name;          // the method's name data
} Pending;

typedef struct Walk {
    Table t;
    Vec queue;          // Sym*: live, to scan
    Vec pending;        // Pending*
} Walk;

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
static void mark(Walk *w, const char *name) {
    Sym *s = lookup(&w->t, name, false);
    if (s && !s->live) {
        s->live = true;
        vec_push(&w->queue, s);
    }
}

static void mark_func_refs(Walk *w, IrFunc *f) {
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = VEC_AT(&f->blocks, b);
        for (int i = 0; i < blk->instrs.len; i++) {
            IrInstr *in = VEC_AT(&blk->instrs, i);
            if (in->sym)
                mark(w, in->sym);
        }
    }
}

enum { KIND_OFFSET = 23, KIND_MASK = 31, KIND_INTERFACE = 20 };  // = runtime._type.kind

static bool is_type_descriptor(IrData *d) {
    return strncmp(d->name, "type.", 5) == 0 && strncmp(d->name, "type..", 6) != 0 && d->bytes &&
           d->size > KIND_OFFSET;
}

// method_name is the name relocation of the uncommon method whose ifn or
// tfn is r (8 or 12 bytes before it), if it names an exported method.
static Sym *method_name(Walk *w, IrData *d, IrReloc *r) {
    for (int i = 0; i < d->relocs.len; i++) {
        IrReloc *n = VEC_AT(&d->relocs, i);
        if ((n->offset == r->offset - 8 || n->offset == r->offset - 12) &&
            strncmp(n->sym, "type..namedata.", 15) == 0)
            return n->sym[15] >= 'A' && n->sym[15] <= 'Z' ? lookup(&w->t, n->sym, false) : NULL;
    }
    return NULL;
}

// mark_data_refs marks what live data names; a type descriptor's method
// pointers wait (pending) until some live interface names the method.
static void mark_data_refs(Walk *w, IrData *d) {
    if (strcmp(d->name, "runtime.itablink") == 0)
        return;
    bool type = is_type_descriptor(d);
    bool iface = type && (d->bytes[KIND_OFFSET] & KIND_MASK) == KIND_INTERFACE;
    for (int i = 0; i < d->relocs.len; i++) {
        IrReloc *r = VEC_AT(&d->relocs, i);
        Sym *target = lookup(&w->t, r->sym, false);
        if (iface && r->width == 4 && target)
            target->iface_name = true;
        Sym *name = type && r->width == 4 && target && target->func ? method_name(w, d, r) : NULL;
        if (name) {
            Pending *p = NEW(Pending);
            *p = (Pending){d, r, name};
            vec_push(&w->pending, p);
        } else {
            mark(w, r->sym);
        }
    }
}

static void drain(Walk *w, int *done) {
    for (; *done < w->queue.len; (*done)++) {
        Sym *s = VEC_AT(&w->queue, *done);
        if (s->func)
            mark_func_refs(w, s->func);
        if (s->data)
            mark_data_refs(w, s->data);
    }
}

static bool wanted_method(Pending *p) {
    const char *n = p->name->name + 15;
    return p->name->iface_name || strcmp(n, "Error.") == 0 || strcmp(n, "String.") == 0;
}

// clear_dead_methods removes the relocations of the method pointers whose
// functions were dropped (the descriptor's word stays 0).
static void clear_dead_methods(Walk *w) {
    for (int i = 0; i < w->pending.len; i++) {
        Pending *p = VEC_AT(&w->pending, i);
        if (lookup(&w->t, p->fn->sym, false)->live)
            continue;
        Vec keep = {0};
        for (int k = 0; k < p->type->relocs.len; k++)
            if (VEC_AT(&p->type->relocs, k) != p->fn)
                vec_push(&keep, VEC_AT(&p->type->relocs, k));
        p->type->relocs = keep;
    }
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
    Walk w = {.t = make_table(m)};
    Table t = w.t;
    for (size_t i = 0; i < sizeof runtime_callees / sizeof *runtime_callees; i++)
        mark(&w, runtime_callees[i]);
    for (int i = 0; i < m->data.len; i++) {
        IrData *d = VEC_AT(&m->data, i);
        if (is_root_data(d))
            mark(&w, d->name);
    }
    int done = 0;
    for (bool more = true; more;) {  // until no waiting method is wanted
        drain(&w, &done);
        more = false;
        for (int i = 0; i < w.pending.len; i++) {
            Pending *p = VEC_AT(&w.pending, i);
            Sym *fn = lookup(&t, p->fn->sym, false);
            if (!fn->live && wanted_method(p)) {
                mark(&w, fn->name);
                more = true;
            }
        }
    }
    clear_dead_methods(&w);
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
