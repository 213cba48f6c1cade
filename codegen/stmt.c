// stmt.c: statements (Go spec: Statements) and variables.
//
// A local variable lives in virtual registers, one per word, for its whole
// life; assigning it moves new words into those registers. A package variable
// lives in memory at its symbol (`main.x`) and is reached by loads and stores.
#include "lower.h"

#include <string.h>

// ---- Variables ----------------------------------------------------------------------------

Value *local_value(Gen *g, Object *o) { return VEC_AT(&g->locals, o->index); }

// new_local gives a newly declared local variable its registers.
static Value *new_local(Gen *g, Object *o) {
    Value *v = NEW(Value);
    v->n = type_words(o->type);
    for (int i = 0; i < v->n; i++)
        v->w[i] = new_vreg(g);
    o->index = g->locals.len;
    vec_push(&g->locals, v);
    return v;
}

// WordAccess is how one word of a value sits in memory.
typedef struct WordAccess {
    int offset;
    int width;   // bytes: a bool or int8 is 1, a string's words are 8
    bool sign;   // sign-extend when loading
} WordAccess;

static WordAccess word_access(Type *t, int k) {
    Type *u = underlying(t);
    if (u->kind == TY_STRING)
        return (WordAccess){.offset = 8 * k, .width = 8};
    return (WordAccess){.width = (int)u->size, .sign = is_integer(u) && !is_unsigned(u)};
}

static VReg global_addr(Gen *g, Object *o) {
    IrInstr *in = emit(g, IR_ADDR);
    in->dst = new_vreg(g);
    in->sym = arena_printf("main.%s", o->name);
    return in->dst;
}

Value gen_load_global(Gen *g, Object *o) {
    VReg addr = global_addr(g, o);
    Value v = {.n = type_words(o->type)};
    for (int k = 0; k < v.n; k++) {
        IrInstr *in = emit(g, IR_LOAD);
        WordAccess w = word_access(o->type, k);
        in->dst = v.w[k] = new_vreg(g);
        in->a = addr;
        in->imm = w.offset;
        in->width = w.width;
        in->sign = w.sign;
    }
    return v;
}

// gen_store_var assigns v to the variable o (local or package-level).
void gen_store_var(Gen *g, Object *o, Value v) {
    if (!o->is_global) {
        Value *dst = local_value(g, o);
        for (int k = 0; k < v.n; k++) {
            IrInstr *in = emit(g, IR_MOV);
            in->dst = dst->w[k];
            in->a = v.w[k];
        }
        return;
    }
    VReg addr = global_addr(g, o);
    for (int k = 0; k < v.n; k++) {
        WordAccess w = word_access(o->type, k);
        IrInstr *in = emit(g, IR_STORE);
        in->a = addr;
        in->imm = w.offset;
        in->width = w.width;
        in->b = v.w[k];
    }
}

// split_values divides the words of a multi-value call among n targets.
void split_values(Value all, Type **types, int n, Value *out) {
    int w = 0;
    for (int i = 0; i < n; i++) {
        out[i].n = type_words(types[i]);
        for (int k = 0; k < out[i].n; k++)
            out[i].w[k] = all.w[w++];
    }
}

// gen_rhs evaluates the right-hand sides of an assignment of n values into
// vals: n expressions, or one call with n results.
static void gen_rhs(Gen *g, NodeList *rhs, int n, Value *vals) {
    if (rhs->len == 1 && n > 1) {
        Node *call = rhs->items[0];
        Type *tuple = call->ty;
        split_values(gen_expr(g, call), (Type **)tuple->results.items, n, vals);
        return;
    }
    for (int i = 0; i < n; i++)
        vals[i] = gen_expr(g, rhs->items[i]);
}

// ---- Declarations and assignments ------------------------------------------------------

static void gen_zero_var(Gen *g, Object *o) {
    Value z = {.n = type_words(o->type)};
    for (int k = 0; k < z.n; k++)
        z.w[k] = emit_const(g, 0);
    gen_store_var(g, o, z);
}

// gen_var_spec lowers `var a, b T = x, y`: evaluate all values, then give
// each name its registers and value (zero without an initializer).
static void gen_var_spec(Gen *g, Node *spec) {
    int n = spec->names.len;
    Value *vals = arena_alloc(sizeof(Value) * (size_t)n);
    if (spec->list.len)
        gen_rhs(g, &spec->list, n, vals);
    for (int i = 0; i < n; i++) {
        Object *o = ((Node *)spec->names.items[i])->obj;
        if (!o || strcmp(o->name, "_") == 0)
            continue;
        new_local(g, o);
        if (spec->list.len)
            gen_store_var(g, o, vals[i]);
        else
            gen_zero_var(g, o);
    }
}

static void gen_local_decl(Gen *g, Node *d) {
    if (d->kind == DECL_GROUP) {
        for (int i = 0; i < d->list.len; i++)
            gen_local_decl(g, d->list.items[i]);
    } else if (d->kind == DECL_VAR) {
        gen_var_spec(g, d);
    }  // constants and types generate no code
}

// assigned_var is the variable an assignment's left-hand side names, through
// any parentheses (`(x) = 1` assigns x); NULL for the blank identifier.
static Object *assigned_var(Node *lhs) {
    while (lhs->kind == EXPR_PAREN)
        lhs = lhs->lhs;
    Object *o = lhs->obj;
    return o && strcmp(o->name, "_") != 0 ? o : NULL;
}

// gen_assign lowers `a, b = x, y` and `a, b := x, y`: every right-hand side
// is evaluated before any variable is assigned (Go spec: Assignment
// statements), so `a, b = b, a` swaps.
static void gen_assign(Gen *g, Node *s) {
    int n = s->lhs_list.len;
    Value *vals = arena_alloc(sizeof(Value) * (size_t)n);
    gen_rhs(g, &s->rhs_list, n, vals);
    for (int i = 0; i < n; i++)
        gen_assign_lhs(g, s->lhs_list.items[i], s, vals[i]);
}

// gen_assign_lhs stores v into the variable lhs names (nothing for `_`); a
// variable declared by the statement decl (its := or range clause) gets its
// registers first.
void gen_assign_lhs(Gen *g, Node *lhs, Node *decl, Value v) {
    Object *o = assigned_var(lhs);
    if (!o)
        return;
    if (o->decl == decl)
        new_local(g, o);
    gen_store_var(g, o, v);
}

// gen_op_assign lowers `x op= y` and `x++` as `x = x op y`.
static void gen_op_assign(Gen *g, Node *s, Node *lhs, Node *rhs, Op op) {
    Node *bin = new_binary(op, lhs, rhs, s->pos);
    bin->ty = lhs->ty;
    gen_store_var(g, assigned_var(lhs), gen_expr(g, bin));
}

static void gen_incdec(Gen *g, Node *s) {
    Node *one = new_node(EXPR_INT_LIT, s->pos);
    one->lit = "1";
    one->ty = s->lhs->ty;
    ConstValue *c = NEW(ConstValue);
    c->kind = CONST_INT;
    mpz_init_set_si(c->i, 1);
    one->cval = c;
    gen_op_assign(g, s, s->lhs, one, s->op);
}

// ---- Control flow ---------------------------------------------------------------------

// gen_if lowers `if init; cond { body } else { els }`:
//     init ; branch cond, if.then, if.else
//     if.then: body ; jmp if.done
//     if.else: els  ; jmp if.done
static void gen_if(Gen *g, Node *s) {
    if (s->init)
        gen_stmt(g, s->init);
    IrBlock *then = new_block(g, "if.then");
    IrBlock *els = s->els ? new_block(g, "if.else") : NULL;
    IrBlock *done = new_block(g, "if.done");
    emit_branch(g, gen_expr(g, s->cond).w[0], then, els ? els : done);
    g->b = then;
    gen_block(g, s->body);
    if (els) {
        if (!ir_block_terminated(g->b))
            emit_jmp(g, done);
        g->b = els;
        gen_stmt(g, s->els);
    }
    start_block(g, done);
}

// gen_for lowers `for init; cond; post { body }`:
//     init ; jmp for.cond
//     for.cond: branch cond, for.body, for.done
//     for.body: body ; jmp for.post       (continue jumps to for.post)
//     for.post: post ; jmp for.cond
//     for.done:                           (break jumps here)
static void gen_for(Gen *g, Node *s) {
    const char *label = take_label(g);
    if (s->init)
        gen_stmt(g, s->init);
    IrBlock *cond = new_block(g, "for.cond");
    IrBlock *body = new_block(g, "for.body");
    IrBlock *post = new_block(g, "for.post");
    IrBlock *done = new_block(g, "for.done");
    start_block(g, cond);
    if (s->cond)
        emit_branch(g, gen_expr(g, s->cond).w[0], body, done);
    Loop loop = {.outer = g->loop, .brk = done, .cont = post, .label = label};
    g->loop = &loop;
    start_block(g, body);
    gen_block(g, s->body);
    g->loop = loop.outer;
    start_block(g, post);
    if (s->post)
        gen_stmt(g, s->post);
    emit_jmp(g, cond);
    g->b = done;
}

// gen_return lowers `return x, y` (or a bare return of the named results).
static void gen_return(Gen *g, Node *s) {
    Value all = {0};
    if (s->list.len == 0) {
        all = g->results;
    } else {
        for (int i = 0; i < s->list.len; i++) {
            Value v = gen_expr(g, s->list.items[i]);
            for (int k = 0; k < v.n; k++)
                all.w[all.n++] = v.w[k];
        }
    }
    IrInstr *in = emit(g, IR_RET);
    in->args = arena_alloc(sizeof(VReg) * (size_t)(all.n + 1));
    for (int k = 0; k < all.n; k++)
        in->args[k] = all.w[k];
    in->nargs = all.n;
    g->b = new_block(g, "after.return");  // code after a return is unreachable
}

// take_label returns the label of the for or switch statement about to be
// lowered (set by its labeled statement), once.
const char *take_label(Gen *g) {
    const char *label = g->next_label;
    g->next_label = NULL;
    return label;
}

// label_block returns the block a label names, creating it on first use (a
// goto may come before its label).
static IrBlock *label_block(Gen *g, const char *name) {
    for (int i = 0; i < g->label_names.len; i++)
        if (strcmp(VEC_AT(&g->label_names, i), name) == 0)
            return VEC_AT(&g->label_blocks, i);
    IrBlock *b = new_block(g, arena_printf("label.%s", name));
    vec_push(&g->label_names, (void *)name);
    vec_push(&g->label_blocks, b);
    return b;
}

// branch_target finds where break or continue goes: the innermost enclosing
// for/switch (for continue: the innermost loop), or the one with the label.
static IrBlock *branch_target(Gen *g, Node *s) {
    for (Loop *l = g->loop; l; l = l->outer) {
        if (s->label && (!l->label || strcmp(l->label, s->label) != 0))
            continue;
        if (s->kind == STMT_BREAK)
            return l->brk;
        if (l->cont)
            return l->cont;
    }
    unreachable();  // the checker resolved every branch
}

// gen_branch lowers break, continue and goto: a jump, after which code is
// unreachable until the next label.
static void gen_branch(Gen *g, Node *s) {
    emit_jmp(g, s->kind == STMT_GOTO ? label_block(g, s->label) : branch_target(g, s));
    g->b = new_block(g, "after.branch");
}

// gen_labeled starts the label's block, so goto can reach it, and lets a
// labeled for or switch know its label.
static void gen_labeled(Gen *g, Node *s) {
    start_block(g, label_block(g, s->label));
    if (s->body->kind == STMT_FOR || s->body->kind == STMT_RANGE || s->body->kind == STMT_SWITCH)
        g->next_label = s->label;
    gen_stmt(g, s->body);
}

// ---- The dispatcher ---------------------------------------------------------------------

// mark_stmt records where a statement starts: a `; file.go:LINE  text` comment
// in the assembly, and a %line directive under -g.
static void mark_stmt(Gen *g, Node *s) {
    IrInstr *in = emit(g, IR_STMT);
    in->pos = s->pos;
    in->text = source_line_at(s->pos);
}

void gen_block(Gen *g, Node *block) {
    for (int i = 0; i < block->list.len; i++)
        gen_stmt(g, block->list.items[i]);
}

void gen_stmt(Gen *g, Node *s) {
    if (s->kind != STMT_BLOCK && s->kind != STMT_EMPTY)
        mark_stmt(g, s);
    switch (s->kind) {
    case STMT_EMPTY: return;
    case STMT_EXPR: gen_expr(g, s->lhs); return;
    case STMT_DEFINE: gen_assign(g, s); return;
    case STMT_ASSIGN:
        if (s->op)
            gen_op_assign(g, s, s->lhs_list.items[0], s->rhs_list.items[0], s->op);
        else
            gen_assign(g, s);
        return;
    case STMT_INCDEC: gen_incdec(g, s); return;
    case STMT_DECL: gen_local_decl(g, s->decl); return;
    case STMT_BLOCK: gen_block(g, s); return;
    case STMT_IF: gen_if(g, s); return;
    case STMT_FOR: gen_for(g, s); return;
    case STMT_RANGE: gen_range(g, s); return;             // range.c
    case STMT_SWITCH: gen_switch(g, s); return;           // switch.c
    case STMT_FALLTHROUGH: return;                        // switch.c jumps to the next clause
    case STMT_RETURN: gen_return(g, s); return;
    case STMT_BREAK:
    case STMT_CONTINUE:
    case STMT_GOTO: gen_branch(g, s); return;
    case STMT_LABELED: gen_labeled(g, s); return;
    default: unreachable();  // rejected by check_lowerable (support.c)
    }
}
