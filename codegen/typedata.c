// typedata.c: type descriptors (= gc's reflectdata). This first version
// emits only what the allocator reads, the size and whether the type holds
// pointers (ptrdata), under gc's symbol name; the full go1.19 layout of
// GO119-INTERNALS.md §1 replaces it.
#include "lower.h"

#include <string.h>

// has_pointers: a value of type t holds a pointer the collector must see.
static bool has_pointers(Type *t) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_ARRAY: return u->len > 0 && has_pointers(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++)
            if (has_pointers(((Field *)VEC_AT(&u->fields, i))->type))
                return true;
        return false;
    case TY_POINTER: case TY_SLICE: case TY_STRING: case TY_MAP: case TY_FUNC:
    case TY_INTERFACE: case TY_CHAN: case TY_UNSAFE_POINTER:
        return true;
    default: return false;
    }
}

// typedata_symbol emits t's descriptor once and returns its symbol:
//     type.T:  dq size, ptrdata ; (the rest of the 48-byte _type is zero)
const char *typedata_symbol(Gen *g, Type *t) {
    const char *name = arena_printf("type.%s", type_string(t));
    for (int i = 0; i < g->m->data.len; i++)
        if (strcmp(((IrData *)VEC_AT(&g->m->data, i))->name, name) == 0)
            return name;
    IrData *d = ir_new_data(g->m, name, 48, 8, true);
    d->comment = "type descriptor (size, ptrdata)";
    d->bytes = arena_alloc(48);
    uint64_t words[2] = {(uint64_t)t->size, has_pointers(t) ? (uint64_t)t->size : 0};
    memcpy(d->bytes, words, sizeof words);
    d->bytes[21] = d->bytes[22] = (uint8_t)t->align;
    return name;
}

// gen_type_addr is the address of t's descriptor: `addr type.T`.
VReg gen_type_addr(Gen *g, Type *t) {
    IrInstr *in = emit(g, IR_ADDR);
    in->dst = new_vreg(g);
    in->sym = typedata_symbol(g, t);
    return in->dst;
}
