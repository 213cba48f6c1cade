// closure.c: function values and function literals (Go spec: Function
// literals; = gc's walk/closure.go). docs/ABI.md "Function values and
// closures" has the layout:
//
//     f := func(a int) int { return a + x }      (x captured by reference)
//  =>
//     main.main.func1(a):  ctx = r10 ; x = *[ctx+8] ; return a + x
//     fv = newobject([2]uintptr) ; fv[0] = &main.main.func1 ; fv[1] = &x
//
// A variable that is never assigned after its declaration is captured by
// value (escape/ decides, as gc's capturevars does): the closure holds a
// copy, read in place, and the variable needs no cell:
//     main.main.func1(a):  ctx = r10 ; x = [ctx+8] ; return a + x
//     fv[1] = x
// The funcval is in the frame when escape analysis finds it does not escape.
//
// A literal that captures nothing, and a declared function used as a value,
// are a static funcval instead: `main.main.func1·f: dq main.main.func1`.
#include "lower.h"

// gen_func_value is the address of the static funcval of the function sym.
Value gen_func_value(Gen *g, const char *sym) {
    bool fresh;
    const char *fv = static_funcval(g, arena_printf("%s·f", sym), sym, -1, &fresh);  // alg.c
    IrInstr *in = emit(g, IR_ADDR);
    in->dst = new_vreg(g);
    in->sym = fv;
    return (Value){1, {in->dst}};
}

// capture_offset is where the closure holds its k-th captured variable
// (after the code word): a copy of the value, or its address; each takes
// whole words.
static int capture_offset(Vec *caps, int k) {
    int off = 8;
    for (int i = 0; i < k; i++) {
        Object *o = VEC_AT(caps, i);
        off += o->capture_by_value ? (int)((o->type->size + 7) / 8 * 8) : 8;
    }
    return off;
}

// bind_captures gives each captured variable, inside the closure body, a
// home in memory: the copy the closure holds, or the cell it points at.
static void bind_captures(Gen *g, Vec *caps) {
    for (int k = 0; k < caps->len; k++) {
        Home *h = NEW(Home);
        h->in_memory = true;
        Object *o = VEC_AT(caps, k);
        if (o->capture_by_value) {
            h->addr = gen_offset(g, g->f->context, capture_offset(caps, k));
        } else {
            IrInstr *in = emit(g, IR_LOAD);
            in->dst = h->addr = new_vreg(g);
            in->a = g->f->context;
            in->imm = capture_offset(caps, k);
            in->width = 8;
        }
        o->index = g->locals.len;
        vec_push(&g->locals, h);
    }
}

// gen_closure_body lowers the literal's body as the function sym; g's own
// function is suspended meanwhile. Captured variables keep their outer
// Object.index, which the body reuses for its own numbering.
static void gen_closure_body(Gen *g, Node *lit, const char *sym, Vec *caps) {
    Gen inner = *g;
    int *saved = arena_alloc(sizeof(int) * (size_t)(caps->len + 1));
    for (int k = 0; k < caps->len; k++)
        saved[k] = ((Object *)VEC_AT(caps, k))->index;
    begin_func(&inner, sym, sig_of(lit->ty), lit->ty, lit->pos);
    inner.f->goname = sym;
    inner.f->is_closure = true;
    inner.f->can_inline = lit->can_inline;  // inline/cost.c
    inner.f->inl_cost = lit->inl_cost;
    inner.in_closure = true;
    if (caps->len) {
        inner.f->context = new_vreg(&inner);
        bind_captures(&inner, caps);
    }
    gen_func_body(&inner, lit, 0);
    for (int k = 0; k < caps->len; k++)
        ((Object *)VEC_AT(caps, k))->index = saved[k];
}

// count_func_lits counts the function literals in n, not those nested in them
// (gc's funcN numbers, which defer wrappers continue; defer.c).
int count_func_lits(Node *n) {
    if (!n)
        return 0;
    if (n->kind == EXPR_FUNC_LIT)
        return 1;
    Node *children[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->body, n->els,
                        n->tag_expr, n->value, n->key, n->lo, n->hi, n->max, n->decl};
    int count = 0;
    for (size_t i = 0; i < sizeof children / sizeof children[0]; i++)
        count += count_func_lits(children[i]);
    NodeList *lists[] = {&n->list, &n->lhs_list, &n->rhs_list};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        for (int j = 0; j < lists[i]->len; j++)
            count += count_func_lits(lists[i]->items[j]);
    return count;
}

// gen_func_lit lowers a function literal to its funcval (gc names the N-th
// literal in f `f.funcN`, and a literal inside a literal `f.funcN.M`).
Value gen_func_lit(Gen *g, Node *lit) {
    Vec caps = closure_captures(lit);  // escape.c
    g->nclosures++;
    const char *sym = arena_printf(g->in_closure ? "%s.%d" : "%s.func%d", g->func_name, g->nclosures);
    gen_closure_body(g, lit, sym, &caps);
    if (caps.len == 0)
        return gen_func_value(g, sym);
    Type *words = new_array(new_pointer(ty_int), capture_offset(&caps, caps.len) / 8);
    VReg fv = gen_alloc(g, words, lit, false);  // every word is stored
    IrInstr *code = emit(g, IR_ADDR);
    code->dst = new_vreg(g);
    code->sym = sym;
    gen_store(g, ty_uintptr, fv, (Value){1, {code->dst}});
    for (int k = 0; k < caps.len; k++) {
        Object *o = VEC_AT(&caps, k);
        VReg at = gen_offset(g, fv, capture_offset(&caps, k));
        if (o->capture_by_value)
            gen_store(g, o->type, at, gen_read_var(g, o));
        else
            gen_store(g, ty_uintptr, at, (Value){1, {gen_var_addr(g, o)}});
    }
    return (Value){1, {fv}};
}

// gen_bound_closure builds the funcval of the method value e: the code of
// its wrapper, then the receiver value it binds (of type recv), evaluated
// now (in the frame when escape analysis keeps e there):
//     fv = newobject({code, recv}) ; fv.code = &code_sym ; fv.recv = recv
Value gen_bound_closure(Gen *g, Node *e, const char *code_sym, Type *recv, Value r) {
    VReg fv = gen_alloc(g, new_array(new_pointer(ty_int), 1 + (recv->size + 7) / 8), e, false);
    IrInstr *code = emit(g, IR_ADDR);
    code->dst = new_vreg(g);
    code->sym = code_sym;
    gen_store(g, ty_uintptr, fv, (Value){1, {code->dst}});
    gen_store(g, recv, gen_offset(g, fv, 8), r);
    return (Value){1, {fv}};
}
