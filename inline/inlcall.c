// inlcall.c: splicing inlinable callees into their callers (= gc's
// inline.InlineCalls and mkinlcall, done on mgc's IR rather than on the tree).
//
//     r1, r2 = call main.f(a1, a2)        ; in block B
// becomes
//     ; inlined main.f
//     p1 = a1 ; p2 = a2                   ; the copy's parameters
//     jmp inl.f.entry
//   inl.f.entry: ...                      ; a copy of f's blocks, with fresh
//     ...                                 ; virtual registers and frame slots
//     r1 = x ; r2 = y ; jmp B.cont        ; each `ret x, y`
//   B.cont: (the rest of B)
//
// The copies of the parameters and results cost nothing once the optimizer's
// copy propagation and the register allocator's coalescing have run.
// Functions are visited callees first, so a callee arrives with its own
// callees already spliced in (mid-stack inlining). A function is never
// spliced into itself.
#include "internal.h"

#include <string.h>

typedef struct Splice {
    IrFunc *into;           // the caller
    const IrFunc *from;     // the callee
    VReg *vreg;             // the callee's registers -> the caller's
    IrBlock **block;        // the callee's blocks (by IrBlock.id) -> their copies
    int slot_base;          // the callee's slot i is the caller's slot_base + i
    IrInstr *call;
    IrBlock *cont;          // where each return continues
    InlSite *site;          // the call's site; the callee's own sites go under it
    Vec old_sites, new_sites;  // the callee's sites and their copies, pairwise
} Splice;

static VReg map_vreg(Splice *s, VReg v) { return v ? s->vreg[v] : 0; }

// map_site is where a copied instruction's code comes from: the callee's own
// code is the new call site; code inlined into the callee before keeps its
// chain of sites, now under the new one.
static const InlSite *map_site(Splice *s, const InlSite *old) {
    if (!old)
        return s->site;
    for (int i = 0; i < s->old_sites.len; i++)
        if (VEC_AT(&s->old_sites, i) == old)
            return VEC_AT(&s->new_sites, i);
    InlSite *copy = NEW(InlSite);
    *copy = *old;
    copy->parent = map_site(s, old->parent);
    vec_push(&s->old_sites, (void *)old);
    vec_push(&s->new_sites, copy);
    return copy;
}

// new_site is the site of the call s splices.
static InlSite *new_site(const IrInstr *call, const IrFunc *callee) {
    InlSite *site = NEW(InlSite);
    *site = (InlSite){callee->name, callee->pos.file, call->pos.line, call->pos, call->inl};
    return site;
}

static VReg *map_vregs(Splice *s, const VReg *vs, int n) {
    VReg *out = arena_alloc(sizeof(VReg) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        out[i] = map_vreg(s, vs[i]);
    return out;
}

static IrBlock *map_block(Splice *s, const IrBlock *b) { return b ? s->block[b->id] : NULL; }

static void emit_mov(IrBlock *b, VReg dst, VReg src, const IrInstr *at) {
    IrInstr *in = ir_append(b, IR_MOV);
    in->dst = dst;
    in->a = src;
    in->pos = at->pos;
    in->inl = at->inl;
}

// copy_return turns the callee's `ret x, y` into copies to the call's
// results and a jump to the continuation.
static void copy_return(Splice *s, IrBlock *b, const IrInstr *ret) {
    for (int i = 0; i < ret->nargs && i < s->call->nresults; i++)
        emit_mov(b, s->call->results[i], map_vreg(s, ret->args[i]), s->call);
    IrInstr *jmp = ir_append(b, IR_JMP);
    jmp->target = s->cont;
    jmp->pos = s->call->pos;
    jmp->inl = s->call->inl;
}

// copy_instr appends to b a copy of in, over the caller's registers, slots
// and blocks.
static void copy_instr(Splice *s, IrBlock *b, const IrInstr *in) {
    if (in->op == IR_RET) {
        copy_return(s, b, in);
        return;
    }
    IrInstr *out = ir_append(b, in->op);
    *out = *in;
    out->dst = map_vreg(s, in->dst);
    out->a = map_vreg(s, in->a);
    out->b = map_vreg(s, in->b);
    if (in->args)
        out->args = map_vregs(s, in->args, in->nargs);
    if (in->results)
        out->results = map_vregs(s, in->results, in->nresults);
    if (in->op == IR_FRAME_ADDR)
        out->slot = s->slot_base + in->slot;
    out->target = map_block(s, in->target);
    out->target2 = map_block(s, in->target2);
    out->inl = map_site(s, in->inl);
}

// fresh_storage gives the caller a fresh register for each of the callee's
// and a frame slot for each of its slots.
static void fresh_storage(Splice *s) {
    const IrFunc *g = s->from;
    s->vreg = arena_alloc(sizeof(VReg) * (size_t)(g->nvregs + 1));
    for (VReg v = 1; v <= g->nvregs; v++)
        s->vreg[v] = ir_new_vreg(s->into, g->classes[v]);
    s->slot_base = s->into->slots.len;
    for (int i = 0; i < g->slots.len; i++)
        vec_push(&s->into->slots, VEC_AT(&g->slots, i));
}

// copy_body gives the caller fresh registers, slots and blocks for the
// callee's, then copies each instruction.
static void copy_body(Splice *s) {
    const IrFunc *g = s->from;
    fresh_storage(s);
    int max_id = 0;
    for (int i = 0; i < g->blocks.len; i++)
        if (((IrBlock *)VEC_AT(&g->blocks, i))->id > max_id)
            max_id = ((IrBlock *)VEC_AT(&g->blocks, i))->id;
    s->block = arena_alloc(sizeof(IrBlock *) * (size_t)(max_id + 1));
    for (int i = 0; i < g->blocks.len; i++) {
        const IrBlock *b = VEC_AT(&g->blocks, i);
        s->block[b->id] = ir_new_block(s->into, arena_printf("inl.%s", b->label ? b->label : "block"));
    }
    for (int i = 0; i < g->blocks.len; i++) {
        const IrBlock *b = VEC_AT(&g->blocks, i);
        for (int k = 0; k < b->instrs.len; k++)
            copy_instr(s, s->block[b->id], VEC_AT(&b->instrs, k));
    }
}

// copy_arguments gives the copy its parameters (and a closure's copy its
// context: the funcval the call passed in r10).
static void copy_arguments(Splice *s, IrBlock *b) {
    ir_append(b, IR_COMMENT)->text = arena_printf("inlined %s (gc: inline.mkinlcall)", s->from->name);
    for (int i = 0; i < s->from->nparams && i < s->call->nargs; i++)
        emit_mov(b, s->vreg[s->from->params[i]], s->call->args[i], s->call);
    if (s->from->context)
        emit_mov(b, s->vreg[s->from->context], s->call->b, s->call);
}

// is_straight says whether g is one block that ends in its return.
static bool is_straight(const IrFunc *g) {
    if (g->blocks.len != 1)
        return false;
    const IrBlock *b = VEC_AT(&g->blocks, 0);
    return b->instrs.len && ((IrInstr *)VEC_AT(&b->instrs, b->instrs.len - 1))->op == IR_RET;
}

// splice_straight appends to out, for a call of a straight-line callee, a
// copy of the callee in place of the call (no blocks are added):
//     p1 = a1 ; p2 = a2 ; (f's instructions) ; r1 = x ; r2 = y
static void splice_straight(IrFunc *f, IrInstr *call, const IrFunc *callee, Vec *out) {
    Splice s = {.into = f, .from = callee, .call = call, .site = new_site(call, callee)};
    fresh_storage(&s);
    IrBlock tmp = {.instrs = *out};
    copy_arguments(&s, &tmp);
    const IrBlock *body = VEC_AT(&callee->blocks, 0);
    for (int i = 0; i + 1 < body->instrs.len; i++)
        copy_instr(&s, &tmp, VEC_AT(&body->instrs, i));
    const IrInstr *ret = VEC_AT(&body->instrs, body->instrs.len - 1);
    for (int i = 0; i < ret->nargs && i < call->nresults; i++)
        emit_mov(&tmp, call->results[i], map_vreg(&s, ret->args[i]), call);
    *out = tmp.instrs;
}

// splice replaces the call at index k of block b with a copy of callee.
static void splice(IrFunc *f, IrBlock *b, int k, const IrFunc *callee) {
    IrInstr *call = VEC_AT(&b->instrs, k);
    Splice s = {.into = f, .from = callee, .call = call, .site = new_site(call, callee)};
    s.cont = ir_new_block(f, "inl.cont");
    for (int i = k + 1; i < b->instrs.len; i++)
        vec_push(&s.cont->instrs, VEC_AT(&b->instrs, i));
    b->instrs.len = k;
    copy_body(&s);
    copy_arguments(&s, b);
    ir_append(b, IR_JMP)->target = s.block[((IrBlock *)VEC_AT(&callee->blocks, 0))->id];
}

// can_splice says whether g's body may replace a call of g in f.
static bool can_splice(const IrFunc *f, const IrFunc *g) {
    if (!g->can_inline || g == f)
        return false;
    return !(f->inl_big && g->inl_cost > INLINE_BIG_MAX_COST);  // gc: "exceeds max large caller cost"
}

// devirtualize turns an indirect call whose code is known into a direct call
// of that code (= gc's devirtualize; devirt.c finds the code), and returns
// the callee. A closure body, which needs its context in r10, stays an
// indirect call unless it will be inlined.
static IrFunc *devirtualize(IrModule *m, IrFunc *f, IrInstr *in, Defs **defs) {
    *defs = inl_defs(f, *defs);
    const char *sym = inl_static_code(m, *defs, in->a);
    IrFunc *g = sym ? ir_find_func(m, sym) : NULL;
    if (!g || (g->context && !can_splice(f, g)))
        return NULL;  // a closure needs r10, which only an indirect call sets
    in->op = IR_CALL;
    in->sym = g->name;
    in->a = 0;
    if (!g->context)
        in->b = 0;
    return g;
}

// inlinable_callee is the function a call can be replaced with, or NULL.
static const IrFunc *inlinable_callee(IrModule *m, IrFunc *f, IrInstr *in, Defs **defs) {
    if (in->op == IR_CALL_IND)
        devirtualize(m, f, in, defs);
    if (in->op != IR_CALL || !in->sym)
        return NULL;
    const IrFunc *g = ir_find_func(m, in->sym);
    return g && can_splice(f, g) ? g : NULL;
}

static void report_one(Vec *report, Pos pos, const char *sym) {
    InlReport *r = NEW(InlReport);
    r->pos = pos;
    r->text = arena_printf("inlining call to %s", inl_display_name(sym));
    vec_push(report, r);
}

// note_call records that callee was spliced into caller, with the calls
// spliced into callee before, and reports them all at the call's position,
// as gc does ("inlining call to midstack", then to the add inside it).
static void note_call(Vec *report, IrFunc *caller, const IrInstr *call, const IrFunc *callee) {
    vec_push(&caller->inlined, (void *)callee->name);
    vec_append(&caller->inlined, &callee->inlined);
    if (!report || !call->pos.file || strncmp(caller->name, "main.", 5) != 0 || caller->autogenerated)
        return;  // gc reports the package it compiles (a wrapper's calls as <autogenerated>:1)
    Pos at = call->pos;
    for (const InlSite *s = call->inl; s; s = s->parent)
        at = s->call_pos;  // a call inside inlined code: at the outermost call, as gc's positions
    report_one(report, at, callee->name);
    for (int i = 0; i < callee->inlined.len; i++)
        report_one(report, at, VEC_AT(&callee->inlined, i));
}

// inline_block splices the inlinable calls of b: it rebuilds b's list,
// copying straight-line callees in place, until a callee with branches
// splits b (the rest of b then goes to a new block, visited later). It
// returns the blocks that split added, except the continuation.
static int inline_block(IrModule *m, IrFunc *f, IrBlock *b, bool indirect_only, Defs **defs,
                        Vec *report) {
    Vec out = {0};
    for (int k = 0; k < b->instrs.len; k++) {
        IrInstr *in = VEC_AT(&b->instrs, k);
        bool skip = indirect_only && in->op != IR_CALL_IND;
        const IrFunc *g = skip ? NULL : inlinable_callee(m, f, in, defs);
        if (!g) {
            vec_push(&out, in);
            continue;
        }
        note_call(report, f, in, g);
        if (is_straight(g)) {
            splice_straight(f, in, g, &out);
            continue;
        }
        int at = out.len;
        for (int j = k; j < b->instrs.len; j++)
            vec_push(&out, VEC_AT(&b->instrs, j));
        b->instrs = out;
        int first = f->blocks.len;
        splice(f, b, at, g);
        return first + 1;  // blocks[first] is the continuation
    }
    b->instrs = out;
    return f->blocks.len;
}

// inline_calls splices every inlinable call of f. The blocks a splice adds
// are visited too if they hold the rest of a split block, but not the
// copied bodies, whose calls were inlined into the callee already. With
// indirect_only, only indirect calls are looked at, copied bodies included
// (a copy may call a func value that its caller's argument made known);
// each such round goes one level deeper, and there are two.
static void inline_calls(IrModule *m, IrFunc *f, bool indirect_only, Vec *report) {
    PtrSet copied = {0};
    Defs *defs = NULL;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        if (ptrset_has(&copied, b))
            continue;
        int copies = inline_block(m, f, b, indirect_only, &defs, report);
        for (int j = copies; j < f->blocks.len; j++)
            ptrset_add(&copied, VEC_AT(&f->blocks, j));
    }
}

// visit inlines into f after inlining into each function f calls (a
// depth-first walk of the call graph; a cycle is cut where it closes).
static void visit(IrModule *m, IrFunc *f, Vec *report) {
    if (f->inl_state)
        return;
    f->inl_state = 1;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            IrFunc *g = in->op == IR_CALL && in->sym ? ir_find_func(m, in->sym) : NULL;
            if (g)
                visit(m, g, report);
        }
    }
    inline_calls(m, f, false, report);
    for (int round = 0; round < 2; round++)
        inline_calls(m, f, true, report);  // calls of what the first round made known
    f->inl_state = 2;
}

// report_literals adds "can inline main.func1" for package main's function
// literals that can be inlined.
static void report_literals(IrModule *m, Vec *report) {
    for (int i = 0; report && i < m->funcs.len; i++) {
        IrFunc *f = VEC_AT(&m->funcs, i);
        if (f->is_closure && f->can_inline && strncmp(f->name, "main.", 5) == 0) {
            InlReport *r = NEW(InlReport);
            r->pos = f->pos;
            r->text = arena_printf("can inline %s", inl_display_name(f->name));
            vec_push(report, r);
        }
    }
}

void inl_module(IrModule *m, Vec *report) {
    report_literals(m, report);
    for (int i = 0; i < m->funcs.len; i++)
        visit(m, VEC_AT(&m->funcs, i), report);
}
