// itab.c: static itabs (GO119-INTERNALS.md §2; = gc's reflectdata.writeITab)
// and their registration (= the linker's itablink + the runtime's itabsinit).
//
// go.itab.T,I is read-only data, emitted once per (T, I) the program converts:
//   +0   &type.I
//   +8   &type.T
//   +16  hash of T (uint32; type switches read it here as from type.T+16)
//   +20  4 bytes of padding
//   +24  fun[k]: the ifn of T's method for I's k-th method, in I's sorted
//        method order: the method itself if T is pointer-shaped, else the
//        (*T).M wrapper, which takes the data word (a *T) as its receiver.
// Keep in sync with runtime/type.h (struct itab) and runtime/iface.c.
#include "lower.h"

#include <string.h>

// method_of finds the selection of the method `name` in T's method set.
static Selection *method_of(Vec *ms, const char *name) {
    for (int i = 0; i < ms->len; i++) {
        Selection *sel = VEC_AT(ms, i);
        if (strcmp(sel->method->name, name) == 0)
            return sel;
    }
    return NULL;
}

// itab_symbol emits go.itab.T,I (once) and returns its symbol. The checker
// has made sure that T implements I.
const char *itab_symbol(Gen *g, Type *concrete, Type *iface) {
    const char *sym = arena_printf("go.itab.%s,%s", type_link_string(concrete), type_link_string(iface));
    if (ir_find_data(g->m, sym))
        return sym;
    Vec *ims = interface_methods(iface);
    int size = 24 + 8 * ims->len;
    IrData *d = ir_new_data(g->m, sym, size, 8, true);
    d->bytes = arena_alloc((size_t)size);
    d->comment = arena_printf("itab of %s for %s", type_name_string(concrete), type_name_string(iface));
    d->global = true;   // as type descriptors: gdb and nm can name it
    ir_data_reloc(d, 0, typedata_symbol(g, iface), 0);
    ir_data_reloc(d, 8, typedata_symbol(g, concrete), 0);
    uint32_t hash = type_hash(concrete);
    memcpy(d->bytes + 16, &hash, 4);
    Vec ms = method_set(concrete);
    for (int k = 0; k < ims->len; k++) {
        Selection *sel = method_of(&ms, ((Method *)VEC_AT(ims, k))->name);
        if (!sel)
            unreachable();  // the checker verified that T implements I
        ir_data_reloc(d, 24 + 8 * k, method_ifn_symbol(g, concrete, sel), 0);
    }
    return sym;
}

// itab_finish emits runtime.itablink, the module's static itabs, which the
// runtime registers in its itabTable before main.main (runtime/iface.c
// itabsinit). gc's linker builds the same list from the go.itab.* symbols
// (a module without itabs has none):
//     runtime.itablink:  dq n, &go.itab.A,I, &go.itab.B,J, ...
void itab_finish(Gen *g) {
    Vec itabs = {0};
    for (int i = 0; i < g->m->data.len; i++) {
        IrData *d = VEC_AT(&g->m->data, i);
        if (strncmp(d->name, "go.itab.", 8) == 0)
            vec_push(&itabs, d);
    }
    if (itabs.len == 0)
        return;  // the runtime's reference is weak
    int size = 8 + 8 * itabs.len;
    IrData *link = ir_new_data(g->m, "runtime.itablink", size, 8, true);
    link->bytes = arena_alloc((size_t)size);
    link->comment = "the static itabs, registered before main.main";
    link->global = true;
    uint64_t n = (uint64_t)itabs.len;
    memcpy(link->bytes, &n, 8);
    for (int i = 0; i < itabs.len; i++)
        ir_data_reloc(link, 8 + 8 * i, ((IrData *)VEC_AT(&itabs, i))->name, 0);
}
