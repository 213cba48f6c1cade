// dwarf_vars.c: the variables gdb can show (-g). Each named parameter, result
// and local of a function is recorded, when it gets its home (var.c), as an
// IrVar: its name, its Go type as DWARF describes it (dwarf_types.c) and the
// registers that hold it. The back end says where those registers live
// (codegen/amd64/dwarf.c): under -N each in its frame slot, as gc -N keeps
// every variable in the frame.
//
//     x := 7             x: words {v5}           bytes [0,8) in v5
//     s := "hi"          s: words {v6, v7}       str in v6, len in v7
//     r := Rect{1, 2}    r: in memory at v8      v8 holds the address of its slot
#include "lower.h"


// is_user_name: a Go identifier other than the blank one, not a temporary the
// lowering named (".old"), which gc's DWARF leaves out too.
static bool is_user_name(const char *name) {
    unsigned char c = name ? (unsigned char)name[0] : 0;
    return (c == '_' && name[1]) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

void debug_var(Gen *g, Object *o, const Home *h) {
    if (!is_user_name(o->name))
        return;
    IrVar *v = NEW(IrVar);
    v->name = o->name;
    v->kind = o->is_param ? VAR_PARAM : o->is_result ? VAR_RESULT : VAR_LOCAL;
    v->pos = o->pos;
    v->type = debug_type(g, o->type);
    v->in_memory = h->in_memory;
    v->addr = h->addr;
    if (!h->in_memory) {
        Vec leaves = type_leaves(o->type);
        v->nwords = h->regs.n < leaves.len ? h->regs.n : leaves.len;
        v->words = arena_alloc(sizeof(VReg) * (size_t)(v->nwords + 1));
        v->widths = arena_alloc(sizeof(int) * (size_t)(v->nwords + 1));
        for (int k = 0; k < v->nwords; k++) {
            v->words[k] = h->regs.w[k];
            v->widths[k] = ((Leaf *)VEC_AT(&leaves, k))->width;
        }
    }
    vec_push(&g->f->vars, v);
}
