// var.c: variables (Go spec: Variables): where each one lives, reading and
// assigning it, and binding parameters and results on function entry.
//
// A package variable lives at its symbol (`main.x`). A local variable's Home
// is chosen when it is declared:
//     scalar, address never taken       registers, one per word (like gc's SSA)
//     struct or array                   a frame slot
//     address taken or captured         a frame slot when it does not escape (escape/),
//                                       else a heap cell: p := new(T) style
//     larger than 10 MiB                a heap cell (gc's MaxStackVarSize)
#include "lower.h"

#include <string.h>

Home *local_home(Gen *g, Object *o) { return VEC_AT(&g->locals, o->index); }

static void add_home(Gen *g, Object *o, Home *h) {
    o->index = g->locals.len;
    vec_push(&g->locals, h);
    debug_var(g, o, h);
}

// on_heap: o needs a heap cell, its address outliving the frame (escape/
// decided otherwise, or did not run: -N) or it being too large for one.
static bool on_heap(Object *o) {
    return (o->addrtaken && !o->stack_alloc) || too_large_for_stack(o->type);
}

// new_home gives a newly declared local variable its storage (uninitialized
// registers, or memory that gen_var_spec and the others initialize).
static Home *new_home(Gen *g, Object *o) {
    Home *h = NEW(Home);
    if (on_heap(o)) {
        h->in_memory = true;
        h->addr = gen_new_object(g, o->type);
    } else if (is_aggregate(o->type) || o->addrtaken) {
        h->in_memory = true;
        h->addr = gen_frame_slot(g, o->type);
    } else {
        Vec leaves = type_leaves(o->type);
        h->regs.n = leaves.len;
        for (int k = 0; k < leaves.len; k++)
            h->regs.w[k] = ir_new_vreg(g->f, ((Leaf *)VEC_AT(&leaves, k))->cls);
    }
    return h;
}

// declare_local creates the local variable o holding v.
void declare_local(Gen *g, Object *o, Value v) {
    add_home(g, o, new_home(g, o));
    gen_store_var(g, o, v);
}

// declare_zero_local creates the local variable o holding its zero value
// (`var x T`, a named result), as gc does: a heap cell comes from newobject
// zeroed; memory in the frame is cleared where it is; registers get zeros.
// (A cleared temporary copied in would cost a second array, on the heap
// past 64 KB: 975 MB of local arrays took 1.9 GB and 5.8 s.)
void declare_zero_local(Gen *g, Object *o) {
    Home *h = new_home(g, o);
    add_home(g, o, h);
    if (on_heap(o))
        return;
    if (h->in_memory)
        gen_zero(g, h->addr, o->type);
    else
        move_value(g, h->regs, gen_zero_value(g, o->type));
}

// gen_var_addr is the address of a variable in memory: `addr main.x`, or its
// home's address register.
VReg gen_var_addr(Gen *g, Object *o) {
    if (o->is_global) {
        IrInstr *in = emit(g, IR_ADDR);
        in->dst = new_vreg(g);
        in->sym = arena_printf("%s.%s", object_pkg(o), o->name);
        return in->dst;
    }
    return local_home(g, o)->addr;
}

static bool in_memory(Gen *g, Object *o) { return o->is_global || local_home(g, o)->in_memory; }

// gen_read_var reads a variable. A copy is taken, so the value does not change
// when the variable is assigned later (`a, b = b, a`).
Value gen_read_var(Gen *g, Object *o) {
    if (in_memory(g, o))
        return gen_load(g, o->type, gen_var_addr(g, o));
    return copy_value(g, local_home(g, o)->regs);
}

// gen_store_var assigns v to the variable o.
void gen_store_var(Gen *g, Object *o, Value v) {
    if (in_memory(g, o)) {
        gen_store(g, o->type, gen_var_addr(g, o), v);
        return;
    }
    move_value(g, local_home(g, o)->regs, v);
}

// ---- Function entry ------------------------------------------------------------------

// bind_param makes a parameter's incoming value its home: the registers its
// words arrived in, or the temporary an aggregate was rebuilt in; only a
// parameter that lives on the heap is copied there.
void bind_param(Gen *g, Object *o, Value v) {
    if (on_heap(o) || (o->addrtaken && !is_aggregate(o->type))) {
        declare_local(g, o, v);
        return;
    }
    Home *h = NEW(Home);
    h->in_memory = is_aggregate(o->type);
    if (h->in_memory)
        h->addr = v.w[0];
    else
        h->regs = v;
    add_home(g, o, h);
}

// bind_params gives each named parameter a home holding the words it arrived in.
void bind_params(Gen *g, Node *fn, int first_word) {
    int word = first_word;
    int k = 0;
    for (int i = 0; i < fn->type->params.len; i++) {
        Node *field = fn->type->params.items[i];
        int names = field->names.len ? field->names.len : 1;
        for (int j = 0; j < names; j++, k++) {
            Type *t = VEC_AT(&g->func_type->params, k);
            Value v = value_from_abi_words(g, t, g->f->params, &word);
            Object *o = field->names.len ? ((Node *)field->names.items[j])->obj : NULL;
            if (o && strcmp(o->name, "_") != 0)
                bind_param(g, o, v);
        }
    }
}

// bind_results gives the named results homes holding their zero values;
// g->results lists them for a bare return.
void bind_results(Gen *g, Node *fn) {
    g->results = (Vec){0};
    for (int i = 0; i < fn->type->results.len; i++) {
        Node *field = fn->type->results.items[i];
        for (int j = 0; j < field->names.len; j++) {
            Object *o = ((Node *)field->names.items[j])->obj;
            declare_zero_local(g, o);
            vec_push(&g->results, o);
        }
    }
}
