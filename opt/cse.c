// cse.c: common subexpression elimination over the dominator tree. A pure
// operation (a constant, an address, arithmetic, a compare) computed again
// with the same operands where an earlier computation dominates it reads the
// earlier one instead. The table of available computations is scoped: what a
// block adds is visible in the blocks it dominates and forgotten after.
//
//     before                          after
//     b0: v5 = addr main.t+0          b0: v5 = addr main.t+0
//         v6 = const 8                    v6 = const 8
//         branch v2, b1, b2               branch v2, b1, b2
//     b1: v7 = addr main.t+0          b1: v9 = add v5, v6       (v7, v8 = v5, v6)
//         v8 = const 8
//         v9 = add v7, v8
#include "internal.h"

#include <string.h>

typedef struct Entry {
    IrInstr *in;
    int next;           // next entry of the same bucket, -1 at the end
} Entry;

typedef struct Cse {
    IrFunc *f;
    Cfg *g;
    VReg *repl;
    int *bucket;        // first entry index, -1 if none
    unsigned mask;
    Entry *entries;
    int nentries;
} Cse;

static bool candidate(const IrInstr *in) {
    return in->dst && instr_is_pure(in) && in->op != IR_MOV && in->op != IR_PHI;
}

static bool commutes(const IrInstr *in) {
    switch (in->op) {
    case IR_ADD: case IR_MUL: case IR_AND: case IR_OR: case IR_XOR:
        return true;
    case IR_CMP:
        return in->cond == COND_EQ || in->cond == COND_NE;
    default:
        return false;
    }
}

// operands gives a and b in a canonical order for commutative operations.
static void operands(const IrInstr *in, VReg *a, VReg *b) {
    *a = in->a;
    *b = in->b;
    if (commutes(in) && *a > *b) {
        *a = in->b;
        *b = in->a;
    }
}

static unsigned hash_instr(const IrInstr *in) {
    VReg a, b;
    operands(in, &a, &b);
    uint64_t fbits;
    memcpy(&fbits, &in->fimm, sizeof fbits);
    uint64_t h = (uint64_t)in->op * 0x9E3779B97F4A7C15u;
    uint64_t parts[] = {(uint64_t)a, (uint64_t)b, (uint64_t)in->imm, fbits,
                        (uint64_t)in->width, (uint64_t)in->sign, (uint64_t)in->is32,
                        (uint64_t)in->cond, (uint64_t)in->slot};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        h = (h ^ parts[i]) * 0x100000001B3u;
    for (const char *s = in->sym; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001B3u;
    return (unsigned)(h ^ (h >> 32));
}

static bool same(const IrInstr *x, const IrInstr *y) {
    VReg xa, xb, ya, yb;
    operands(x, &xa, &xb);
    operands(y, &ya, &yb);
    return x->op == y->op && xa == ya && xb == yb && x->imm == y->imm &&
           memcmp(&x->fimm, &y->fimm, sizeof x->fimm) == 0 && x->width == y->width &&
           x->sign == y->sign && x->is32 == y->is32 && x->cond == y->cond &&
           x->slot == y->slot &&
           (x->sym == y->sym || (x->sym && y->sym && strcmp(x->sym, y->sym) == 0));
}

static IrInstr *lookup(Cse *c, const IrInstr *in, unsigned h) {
    for (int e = c->bucket[h & c->mask]; e >= 0; e = c->entries[e].next)
        if (same(c->entries[e].in, in))
            return c->entries[e].in;
    return NULL;
}

static void insert(Cse *c, IrInstr *in, unsigned h) {
    int e = c->nentries++;
    c->entries[e] = (Entry){in, c->bucket[h & c->mask]};
    c->bucket[h & c->mask] = e;
}

// enter_block replaces what is available and makes the rest available.
static void enter_block(Cse *c, IrBlock *b) {
    for (int k = 0; k < b->instrs.len; k++) {
        IrInstr *in = VEC_AT(&b->instrs, k);
        if (!candidate(in))
            continue;
        if (in->a)
            in->a = resolve(c->repl, in->a);
        if (in->b)
            in->b = resolve(c->repl, in->b);
        unsigned h = hash_instr(in);
        IrInstr *old = lookup(c, in, h);
        if (old) {
            c->repl[in->dst] = old->dst;
            delete_instr(in);
        } else {
            insert(c, in, h);
        }
    }
}

// leave_to forgets the entries made after mark (they head their buckets).
static void leave_to(Cse *c, int mark) {
    while (c->nentries > mark) {
        Entry *e = &c->entries[--c->nentries];
        c->bucket[hash_instr(e->in) & c->mask] = e->next;
    }
}

static int count_candidates(IrFunc *f) {
    int n = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++)
            n += candidate(VEC_AT(&b->instrs, k));
    }
    return n;
}

// walk visits the dominator tree in preorder without recursion.
static void walk(Cse *c) {
    int n = c->g->n, sp = 0;
    IrBlock **stack = arena_alloc(sizeof(IrBlock *) * (size_t)n);
    int *mark = arena_alloc(sizeof(int) * (size_t)n);
    int *next = arena_alloc(sizeof(int) * (size_t)n);
    stack[0] = VEC_AT(&c->f->blocks, 0);
    mark[0] = 0;
    next[sp++] = 0;
    enter_block(c, stack[0]);
    while (sp > 0) {
        BlockInfo *bi = &c->g->bi[stack[sp - 1]->id];
        if (next[sp - 1] < bi->kids.len) {
            IrBlock *k = VEC_AT(&bi->kids, next[sp - 1]++);
            stack[sp] = k;
            mark[sp] = c->nentries;
            next[sp++] = 0;
            enter_block(c, k);
            continue;
        }
        leave_to(c, mark[--sp]);
    }
}

void opt_cse(IrFunc *f) {
    Cse *c = NEW(Cse);
    c->f = f;
    c->g = cfg_build(f);
    c->repl = arena_alloc(sizeof(VReg) * (size_t)(f->nvregs + 1));
    int n = count_candidates(f);
    unsigned size = 16;
    while (size < 2u * (unsigned)n)
        size *= 2;
    c->mask = size - 1;
    c->bucket = arena_alloc(sizeof(int) * size);
    memset(c->bucket, -1, sizeof(int) * size);
    c->entries = arena_alloc(sizeof(Entry) * (size_t)(n + 1));
    walk(c);
    replace_uses(f, c->repl);
    remove_deleted(f);
}
