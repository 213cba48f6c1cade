// lower.c: the lowering driver. It lowers each function and the package
// initializer, and holds the small helpers every construct's lowering uses to
// emit IR.
#include "lower.h"

#include <stdarg.h>
#include <string.h>

// ---- Emitting ------------------------------------------------------------------------

VReg new_vreg(Gen *g) { return ir_new_vreg(g->f, CLASS_INT); }

// emit appends an instruction, at the position of the statement being lowered
// (the pc-line table uses it for code placed away from its statement).
IrInstr *emit(Gen *g, IrOp op) {
    IrInstr *in = ir_append(g->b, op);
    in->pos = g->pos;
    return in;
}

VReg emit_const(Gen *g, int64_t v) {
    VReg r = new_vreg(g);
    emit_set_const(g, r, v);
    return r;
}

VReg emit_binop(Gen *g, IrOp op, VReg a, VReg b) {
    IrInstr *in = emit(g, op);
    in->dst = new_vreg(g);
    in->a = a;
    in->b = b;
    return in->dst;
}

VReg emit_cmp(Gen *g, Cond cond, VReg a, VReg b, bool sign) {
    IrInstr *in = emit(g, IR_CMP);
    in->dst = new_vreg(g);
    in->cond = cond;
    in->a = a;
    in->b = b;
    in->sign = sign;
    return in->dst;
}

// lower_note adds a lowering note, shown by `mgc asm -annotate=lower` before
// the instructions that follow: the Go construct and what gc emits for it.
void lower_note(Gen *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Buf b = {0};
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    emit(g, IR_COMMENT)->text = buf_cstr(&b);
}

// emit_set_const sets the register dst (one an if/else fills on both paths)
// to the constant v.
void emit_set_const(Gen *g, VReg dst, int64_t v) {
    IrInstr *in = emit(g, IR_CONST);
    in->dst = dst;
    in->imm = v;
}

// emit_mov sets the register dst (a variable's, or one an if/else fills on
// both paths) to src.
void emit_mov(Gen *g, VReg dst, VReg src) {
    IrInstr *in = emit(g, IR_MOV);
    in->dst = dst;
    in->a = src;
}

// emit_copy copies src into a fresh register of its class, whose value stays
// put when src is assigned later.
VReg emit_copy(Gen *g, VReg src) {
    VReg dst = ir_new_vreg(g->f, g->f->classes[src]);
    emit_mov(g, dst, src);
    return dst;
}

// copy_value copies every word of v into fresh registers.
Value copy_value(Gen *g, Value v) {
    Value r = {.n = v.n};
    for (int k = 0; k < v.n; k++)
        r.w[k] = emit_copy(g, v.w[k]);
    return r;
}

// move_value sets the registers of dst to the words of src.
void move_value(Gen *g, Value dst, Value src) {
    for (int k = 0; k < dst.n; k++)
        emit_mov(g, dst.w[k], src.w[k]);
}

// emit_increment adds `by` to the register v in place (a loop counter).
void emit_increment(Gen *g, VReg v, int64_t by) {
    VReg step = emit_const(g, by);  // emitted first: the add reads it
    IrInstr *in = emit(g, IR_ADD);
    in->dst = v;
    in->a = v;
    in->b = step;
}

IrBlock *new_block(Gen *g, const char *label) { return ir_new_block(g->f, label); }

// start_block continues emitting into b; the current block falls through to
// it if it has not ended with a jump, return or panic.
void start_block(Gen *g, IrBlock *b) {
    if (!ir_block_terminated(g->b))
        emit_jmp(g, b);
    g->b = b;
}

void emit_jmp(Gen *g, IrBlock *target) { emit(g, IR_JMP)->target = target; }

void emit_branch(Gen *g, VReg cond, IrBlock *then, IrBlock *els) {
    IrInstr *in = emit(g, IR_BRANCH);
    in->a = cond;
    in->target = then;
    in->target2 = els;
}

// emit_call calls sym with the words of args and returns the result words.
Value emit_call(Gen *g, const char *sym, const IrSig *sig, Value *args, int nargs,
                int nresult_words) {
    IrInstr *in = emit(g, IR_CALL);
    in->sym = sym;
    in->sig = sig;
    int nwords = 0;
    for (int i = 0; i < nargs; i++)
        nwords += args[i].n;
    in->args = arena_alloc(sizeof(VReg) * (size_t)(nwords + 1));
    for (int i = 0; i < nargs; i++)
        for (int w = 0; w < args[i].n; w++)
            in->args[in->nargs++] = args[i].w[w];
    Value r = {.n = nresult_words};
    in->results = arena_alloc(sizeof(VReg) * (size_t)(nresult_words + 1));
    for (int i = 0; i < nresult_words; i++)
        r.w[i] = in->results[i] = new_vreg(g);
    in->nresults = nresult_words;
    if (strncmp(sym, "main.", 5) != 0)
        ir_add_extern(g->m, sym);
    return r;
}

// emit_noreturn_call calls a function that never returns (runtime.panicdivide,
// os.Exit, ...), which ends the block; any code after it goes in a fresh,
// unreachable block that the pruning pass drops.
void emit_noreturn_call(Gen *g, const char *sym, const IrSig *sig, Value *args, int nargs) {
    emit_call(g, sym, sig, args, nargs, 0);
    ((IrInstr *)VEC_LAST(&g->b->instrs))->noreturn = true;
    g->b = new_block(g, "after.noreturn");
}

// ---- Types as machine words ------------------------------------------------------------

// type_param is the calling-convention shape of a parameter or result of
// type t: one word per scalar leaf (docs/ABI.md §1).
IrParam type_param(Type *t) {
    bool leaves_of = is_aggregate(t) && !passed_by_reference(t);
    Vec leaves = leaves_of ? type_leaves(t) : (Vec){0};
    IrParam p = {.nwords = abi_words(t)};
    p.classes = arena_alloc(sizeof(RegClass) * (size_t)(p.nwords + 1));  // zero = CLASS_INT
    if (leaves_of) {
        for (int k = 0; k < leaves.len; k++)
            p.classes[k] = ((Leaf *)VEC_AT(&leaves, k))->cls;
    } else if (p.nwords == 1 && is_float(t)) {
        p.classes[0] = CLASS_FLOAT;
    }
    return p;
}

static IrParam *params_of(Vec *types) {
    IrParam *ps = arena_alloc(sizeof(IrParam) * (size_t)(types->len + 1));
    for (int i = 0; i < types->len; i++)
        ps[i] = type_param(VEC_AT(types, i));
    return ps;
}

// sig_of gives a Go function type's calling-convention signature.
const IrSig *sig_of(Type *fn) {
    IrSig *s = NEW(IrSig);
    s->nparams = fn->params.len;
    s->params = params_of(&fn->params);
    s->nresults = fn->results.len;
    s->results = params_of(&fn->results);
    return s;
}

// runtime_sig builds the signature of a runtime function whose parameters are
// all integer words: param_words[i] words for parameter i.
const IrSig *runtime_sig(int nparams, const int *param_words, int nresult_words) {
    IrSig *s = NEW(IrSig);
    s->nparams = nparams;
    s->params = arena_alloc(sizeof(IrParam) * (size_t)(nparams + 1));
    for (int i = 0; i < nparams; i++) {
        s->params[i].nwords = param_words[i];
        s->params[i].classes = arena_alloc(sizeof(RegClass) * (size_t)param_words[i]);
    }
    if (nresult_words) {
        // The result words form one struct (e.g. a string) for the ABI.
        s->nresults = 1;
        s->results = arena_alloc(sizeof(IrParam));
        s->results[0].nwords = nresult_words;
        s->results[0].classes = arena_alloc(sizeof(RegClass) * (size_t)nresult_words);
    }
    return s;
}

// ---- Functions ---------------------------------------------------------------------------

// init_index is the position of fn among its package's init functions, or -1.
static int init_index(Gen *g, Node *fn) {
    for (int i = 0; i < g->prog->inits.len; i++)
        if (VEC_AT(&g->prog->inits, i) == fn)
            return i;
    for (int p = 0; p < g->prog->packages.len; p++) {
        Package *pkg = VEC_AT(&g->prog->packages, p);
        for (int i = 0; i < pkg->inits.len; i++)
            if (VEC_AT(&pkg->inits, i) == fn)
                return i;
    }
    return -1;
}

// func_symbol is gc's symbol for a function: main.f, fmt.Println, main.T.M or
// main.(*T).M for a method, and main.init.N for the N-th init function.
const char *func_symbol(Gen *g, Node *fn) {
    if (fn->recv)
        return method_symbol(fn->recv->type->ty, fn->name);  // method.c
    const char *pkg = object_pkg(fn->obj);
    int init = init_index(g, fn);
    if (init >= 0)
        return arena_printf("%s.init.%d", pkg, init);
    return arena_printf("%s.%s", pkg, fn->name);
}

// emit_final_return ends a body that can fall off its end. With results that
// end is unreachable (the checker demands a terminating statement), but the
// block still needs a well-formed return.
static void emit_final_return(Gen *g) {
    if (ir_block_terminated(g->b))
        return;
    Vec *results = &g->func_type->results;
    VReg *zeros = arena_alloc(sizeof(VReg) * (size_t)(irsig_result_words(g->f->sig) + 1));
    int n = 0;
    for (int i = 0; i < results->len; i++) {
        Type *t = VEC_AT(results, i);
        push_result_words(g, t, gen_zero_value(g, t), zeros, &n);
    }
    IrInstr *in = emit(g, IR_RET);
    in->args = zeros;
    in->nargs = n;
}

// begin_func starts lowering a new function: a fresh IrFunc and fresh
// per-function state (locals, loops, labels) in g.
void begin_func(Gen *g, const char *sym, const IrSig *sig, Type *func_type, Pos pos) {
    g->func_type = func_type;
    g->f = ir_new_func(g->m, sym, sig, pos);
    g->func_name = sym;
    g->nclosures = 0;
    g->nlits = g->ndeferwraps = 0;
    g->pos = pos;
    g->in_closure = false;
    g->b = VEC_AT(&g->f->blocks, 0);
    g->locals = (Vec){0};
    g->results = (Vec){0};
    g->loop = NULL;
    g->next_label = NULL;
    g->label_names = g->label_blocks = (Vec){0};
    g->defers = NULL;
    g->presets = NULL;
}

// arg_width is the size of a function's parameters and results laid out in
// memory as gc lays them (types.CalcSize's ArgWidth): each at its alignment,
// the results starting at a word.
static int64_t arg_width(Type *ft) {
    int64_t off = 0;
    for (int part = 0; part < 2; part++) {
        Vec *list = part == 0 ? &ft->params : &ft->results;
        for (int i = 0; i < list->len; i++) {
            Type *t = VEC_AT(list, i);
            int64_t a = t->align ? t->align : 1;
            off = (off + a - 1) / a * a + t->size;
        }
        off = (off + 7) / 8 * 8;
    }
    return off;
}

// check_frame_size reports a function whose frame would pass 1 GiB, as gc
// does (ssagen/pgen.go), instead of emitting a frame the back end cannot address.
static void check_frame_size(Gen *g, Pos pos, Type *func_type) {
    int64_t locals = 0;
    for (int i = 0; i < g->f->slots.len; i++)
        locals += ((IrSlot *)VEC_AT(&g->f->slots, i))->size;
    int64_t args = 8 * (int64_t)irsig_param_words(g->f->sig);
    if (func_type && func_type->kind == TY_FUNC && arg_width(func_type) > args)
        args = arg_width(func_type);  // an array passed by reference counts whole, as in gc
    if (locals + args >= (int64_t)1 << 30)
        error_at(pos, "stack frame too large (>1GB): %lld MB locals + %lld MB args",
                 (long long)(locals >> 20), (long long)(args >> 20));
}

// gen_func_body binds the parameters (after `word` words already bound, the
// receiver's) and named results of fn (a DECL_FUNC or EXPR_FUNC_LIT), then
// lowers its body.
void gen_func_body(Gen *g, Node *fn, int word) {
    bind_params(g, fn, word);
    g->nlits = count_func_lits(fn->body);  // closure.c
    begin_defer_frame(g, fn);  // defer.c: results in memory if fn defers
    bind_results(g, fn);
    gen_block(g, fn->body);
    g->pos = fn->body->end;    // the implicit return and deferreturn are at the `}`
    end_defer_frame(g);        // defer.c: the return path through deferreturn
    emit_final_return(g);
    ir_prune_unreachable(g->f);
    check_frame_size(g, fn->name_pos.line ? fn->name_pos : fn->pos,
                     fn->kind == DECL_FUNC && fn->recv ? method_func_type(fn) : fn->ty);
}

// gen_func lowers a function declaration. A library function without a body
// is implemented in C in runtime/ under the same symbol (an extern here).
static void gen_func(Gen *g, Node *fn) {
    if (!fn->body)
        return;
    mark_heap_vars(fn->body);
    Type *sig = fn->recv ? method_func_type(fn) : fn->ty;  // method.c
    begin_func(g, func_symbol(g, fn), sig_of(sig), fn->ty, fn->pos);
    g->f->goname = fn->name;
    if (fn->obj) {  // inline/cost.c
        g->f->can_inline = fn->obj->can_inline;
        g->f->inl_cost = fn->obj->inl_cost;
        g->f->inl_big = fn->obj->inl_big;
    }
    int word = 0;
    if (fn->recv)
        bind_receiver(g, fn, &word);  // method.c
    gen_func_body(g, fn, word);
}

// gen_global_tuple initializes the variables of `var a, b = f()` together:
//     t1, t2 = f() ; main.a = t1 ; main.b = t2
static void gen_global_tuple(Gen *g, Node *spec) {
    g->pos = spec->pos;
    IrInstr *st = emit(g, IR_STMT);
    st->text = source_line_at(spec->pos);
    int n = spec->names.len;
    Value *vals = arena_alloc(sizeof(Value) * (size_t)n);
    mark_heap_vars(spec->list.items[0]);
    gen_values(g, &spec->list, n, vals);  // assign.c
    convert_var_tuple(g, spec, vals);     // tuple.c
    for (int i = 0; i < n; i++) {
        Object *o = ((Node *)spec->names.items[i])->obj;
        if (o && strcmp(o->name, "_") != 0)
            gen_store_var(g, o, vals[i]);
    }
}

// gen_package_init lowers a package's initializer (= gc's main.init,
// fmt.init): the package variables in dependency order, then each init() in
// source order. main.init first runs the initializers of the library
// packages, each after those it imports (prog->packages is in that order), so
// every package is initialized before the packages that import it, as in Go.
// A blank variable has no storage; its initializer runs for its effects.
//     call fmt.init() ...           (main.init only)
//     main.x = <init expr of x>   ...
//     <init expr of _>            (value dropped)
//     call main.init.0() ...
static void gen_package_init(Gen *g, const char *pkg, Vec *var_inits, Vec *inits) {
    static const IrSig no_args = {0};
    begin_func(g, arena_printf("%s.init", pkg), &no_args, NULL, (Pos){0});
    g->func_name = arena_printf("%s.glob.", pkg);  // closures in initializers: main.glob..func1
    for (int i = 0; strcmp(pkg, "main") == 0 && i < g->prog->packages.len; i++) {
        Package *lib = VEC_AT(&g->prog->packages, i);
        emit_call(g, arena_printf("%s.init", lib->path), &no_args, NULL, 0, 0);
    }
    PtrSet done = {0};  // the multi-value specs initialized so far
    for (int i = 0; i < var_inits->len; i++) {
        Object *o = VEC_AT(var_inits, i);
        bool tuple = !o->init_expr && o->spec && o->spec->list.len == 1 && o->spec->names.len > 1;
        if (tuple && ptrset_add(&done, o->spec))
            gen_global_tuple(g, o->spec);
        if (!o->init_expr)
            continue;
        g->pos = o->pos;
        IrInstr *st = emit(g, IR_STMT);
        st->text = arena_printf("var %s = ...", o->name);
        mark_heap_vars(o->init_expr);
        Value v = gen_expr(g, o->init_expr);
        if (strcmp(o->name, "_") != 0)
            gen_store_var(g, o, v);
    }
    for (int i = 0; i < inits->len; i++) {
        Node *fn = VEC_AT(inits, i);
        emit_call(g, func_symbol(g, fn), sig_of(fn->ty), NULL, 0, 0);
    }
    emit(g, IR_RET);
}

// gen_globals reserves zeroed storage for each package variable: `main.x`.
static void gen_globals(Gen *g) {
    for (int i = 0; i < g->prog->globals.len; i++) {
        Object *o = VEC_AT(&g->prog->globals, i);
        if (strcmp(o->name, "_") == 0 || o->type == ty_invalid)
            continue;
        int64_t size = o->type->size;
        IrData *d = ir_new_data(g->m, arena_printf("%s.%s", object_pkg(o), o->name), (int)(size ? size : 1),
                                o->type->align, false);
        d->comment = arena_printf("var %s %s", o->name, type_string(o->type));
        d->noptr = ptrdata(o->type) == 0;
    }
}

IrModule *lower_program(Program *p, const char *source) {
    Gen g = {.prog = p, .m = ir_new_module(source), .shared = NEW(GenShared)};
    gen_globals(&g);
    for (int i = 0; i < p->funcs.len; i++)
        gen_func(&g, VEC_AT(&p->funcs, i));
    for (int i = 0; i < p->packages.len; i++) {
        Package *lib = VEC_AT(&p->packages, i);
        gen_package_init(&g, lib->path, &lib->var_inits, &lib->inits);
    }
    gen_package_init(&g, "main", &p->var_inits, &p->inits);
    gen_method_wrappers(&g);  // method.c
    itab_finish(&g);          // itab.c
    typedata_finish(&g);
    return g.m;
}
