// ssa.c: SSA construction. Lowering assigns a local variable's register in
// several places; this pass gives every assignment its own register and puts
// a phi where assignments from different paths meet (at the iterated
// dominance frontier of the assignments, semi-pruned: only for registers read
// in some block before that block assigns them), then renames every read to
// the one assignment that reaches it (Cytron et al., walking the dominator
// tree with a stack of current names per register).
//
//     before                          after
//     b0: v7 = mov v6                 b0: v44 = mov v6
//         jmp b1                          jmp b1
//     b1: v10 = mov v7                b1: v46 = phi [b0: v44, b2: v45]
//         branch v12, b2, b3              v10 = mov v46
//     b2: v7 = mov v29                    branch v12, b2, b3
//         jmp b1                      b2: v45 = mov v29
//                                         jmp b1
//
// A register with one assignment that dominates all its reads keeps its
// name. A read that no assignment reaches (a path on which the variable was
// never set) reads a zero made in the entry block.
#include "internal.h"

#include <string.h>

typedef struct Ssa {
    IrFunc *f;
    Cfg *g;
    int nvars;          // registers 1..nvars existed before renaming
    int *ndefs;         // per register: assignments (parameters count one)
    Def *def;           // per register: its (last) assignment
    bool *isvar;        // renamed: more than one def, or one that does not dominate
    bool *global;       // read in some block before that block assigns it
    Vec *defblocks;     // per var: the blocks that assign it (entry for parameters)
    VReg *cur;          // per var: the current name during renaming (0: none yet)
    VReg undef[2];      // the zero of each class, for reads nothing reaches
} Ssa;

// ensure_entry_has_no_preds gives the function a fresh entry block when a
// loop jumps back to block 0: parameters are defined before the entry runs,
// which is no edge a phi could name.
static void ensure_entry_has_no_preds(IrFunc *f) {
    IrBlock *entry = VEC_AT(&f->blocks, 0);
    bool targeted = false;
    for (int i = 0; i < f->blocks.len && !targeted; i++) {
        IrBlock *s[2];
        int n = block_succs(VEC_AT(&f->blocks, i), s);
        for (int k = 0; k < n; k++)
            targeted |= s[k] == entry;
    }
    if (!targeted)
        return;
    IrBlock *nb = ir_new_block(f, "entry");
    ir_append(nb, IR_JMP)->target = entry;
    memmove(&f->blocks.items[1], &f->blocks.items[0], sizeof(void *) * (size_t)(f->blocks.len - 1));
    f->blocks.items[0] = nb;
    for (int i = 0; i < f->blocks.len; i++)
        ((IrBlock *)VEC_AT(&f->blocks, i))->id = i;
}

static void count_defs(Ssa *s) {
    IrFunc *f = s->f;
    IrBlock *entry = VEC_AT(&f->blocks, 0);
    for (int i = 0; i < f->nparams; i++) {
        s->ndefs[f->params[i]]++;
        s->def[f->params[i]] = (Def){NULL, entry, -1};
    }
    if (f->context) {
        s->ndefs[f->context]++;
        s->def[f->context] = (Def){NULL, entry, -1};
    }
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int d = 0; d < instr_ndefs(in); d++) {
                VReg v = *instr_def(in, d);
                s->ndefs[v]++;
                s->def[v] = (Def){in, b, k};
            }
        }
    }
}

// find_vars marks the registers to rename: every read must be dominated by
// the register's single assignment, or the register is a variable.
static void find_vars(Ssa *s) {
    IrFunc *f = s->f;
    for (VReg v = 1; v <= s->nvars; v++)
        s->isvar[v] = s->ndefs[v] > 1;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int u = 0; u < instr_nuses(in); u++) {
                VReg v = *instr_use(in, u);
                if (!v || s->isvar[v])
                    continue;
                Def *d = &s->def[v];
                bool dominated = s->ndefs[v] == 1 &&
                                 (d->block == b ? d->index < k : cfg_dominates(s->g, d->block, b));
                if (!dominated)
                    s->isvar[v] = true;
            }
        }
    }
}

static void add_defblock(Ssa *s, VReg v, IrBlock *b) {
    Vec *blocks = &s->defblocks[v];
    if (blocks->len == 0 || VEC_LAST(blocks) != b)
        vec_push(blocks, b);
}

// find_globals records where each variable is assigned and which variables
// are read before being assigned in some block (only those need phis).
static void find_globals(Ssa *s) {
    IrFunc *f = s->f;
    int *stamp = arena_alloc(sizeof(int) * (size_t)(s->nvars + 1));
    IrBlock *entry = VEC_AT(&f->blocks, 0);
    for (int i = 0; i < f->nparams; i++)
        if (s->isvar[f->params[i]])
            add_defblock(s, f->params[i], entry);
    if (f->context && s->isvar[f->context])
        add_defblock(s, f->context, entry);
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int u = 0; u < instr_nuses(in); u++) {
                VReg v = *instr_use(in, u);
                if (v && s->isvar[v] && stamp[v] != i + 1)
                    s->global[v] = true;
            }
            for (int d = 0; d < instr_ndefs(in); d++) {
                VReg v = *instr_def(in, d);
                if (s->isvar[v]) {
                    stamp[v] = i + 1;
                    add_defblock(s, v, b);
                }
            }
        }
    }
}

static IrInstr *new_phi(Ssa *s, IrBlock *b, VReg var) {
    BlockInfo *bi = &s->g->bi[b->id];
    IrInstr *phi = NEW(IrInstr);
    phi->op = IR_PHI;
    phi->dst = var;
    phi->imm = var;   // the variable, until renaming
    phi->nargs = bi->npred;
    phi->args = arena_alloc(sizeof(VReg) * (size_t)(bi->npred + 1));
    phi->preds = bi->pred;
    return phi;
}

// place_phis puts a phi for each global variable at the iterated dominance
// frontier of its assignments.
static void place_phis(Ssa *s) {
    int n = s->g->n;
    int *has_phi = arena_alloc(sizeof(int) * (size_t)n);   // stamped with the var
    int *queued = arena_alloc(sizeof(int) * (size_t)n);
    Vec *phis = arena_alloc(sizeof(Vec) * (size_t)n);
    IrBlock **work = arena_alloc(sizeof(IrBlock *) * (size_t)n);
    for (VReg v = 1; v <= s->nvars; v++) {
        if (!s->isvar[v] || !s->global[v])
            continue;
        int nwork = 0;
        for (int i = 0; i < s->defblocks[v].len; i++) {
            IrBlock *b = VEC_AT(&s->defblocks[v], i);
            if (queued[b->id] != v) {
                queued[b->id] = v;
                work[nwork++] = b;
            }
        }
        while (nwork > 0) {
            Vec *df = &s->g->bi[work[--nwork]->id].df;
            for (int i = 0; i < df->len; i++) {
                IrBlock *d = VEC_AT(df, i);
                if (has_phi[d->id] == v)
                    continue;
                has_phi[d->id] = v;
                vec_push(&phis[d->id], new_phi(s, d, v));
                if (queued[d->id] != v) {
                    queued[d->id] = v;
                    work[nwork++] = d;
                }
            }
        }
    }
    for (int i = 0; i < n; i++) {
        if (phis[i].len == 0)
            continue;
        IrBlock *b = VEC_AT(&s->f->blocks, i);
        vec_append(&phis[i], &b->instrs);
        b->instrs = phis[i];
    }
}

// make_undefs puts `v = const 0` and `v = fconst 0` at the top of the entry.
static void make_undefs(Ssa *s) {
    IrBlock *entry = VEC_AT(&s->f->blocks, 0);
    Vec instrs = {0};
    for (int c = 0; c < 2; c++) {
        IrInstr *in = NEW(IrInstr);
        in->op = c == CLASS_INT ? IR_CONST : IR_FCONST;
        in->dst = s->undef[c] = ir_new_vreg(s->f, (RegClass)c);
        vec_push(&instrs, in);
    }
    vec_append(&instrs, &entry->instrs);
    entry->instrs = instrs;
}

// ---- Renaming ----------------------------------------------------------------------

typedef struct Rename {
    Ssa *s;
    VReg *log;          // (var, previous name) pairs, undone when leaving a subtree
    int loglen, logcap;
} Rename;

static void set_name(Rename *r, VReg var, VReg name) {
    if (r->loglen + 2 > r->logcap) {
        int cap = r->logcap ? 2 * r->logcap : 256;
        VReg *log = arena_alloc(sizeof(VReg) * (size_t)cap);
        if (r->loglen)
            memcpy(log, r->log, sizeof(VReg) * (size_t)r->loglen);
        r->log = log;
        r->logcap = cap;
    }
    r->log[r->loglen++] = var;
    r->log[r->loglen++] = r->s->cur[var];
    r->s->cur[var] = name;
}

static void undo_to(Rename *r, int mark) {
    while (r->loglen > mark) {
        VReg old = r->log[--r->loglen];
        VReg var = r->log[--r->loglen];
        r->s->cur[var] = old;
    }
}

static VReg current(Ssa *s, VReg var) {
    return s->cur[var] ? s->cur[var] : s->undef[s->f->classes[var]];
}

static VReg fresh_name(Rename *r, VReg var) {
    VReg v = ir_new_vreg(r->s->f, r->s->f->classes[var]);
    set_name(r, var, v);
    return v;
}

static bool is_var(Ssa *s, VReg v) { return v && v <= s->nvars && s->isvar[v]; }

static void rename_block(Rename *r, IrBlock *b) {
    Ssa *s = r->s;
    for (int k = 0; k < b->instrs.len; k++) {
        IrInstr *in = VEC_AT(&b->instrs, k);
        if (in->op == IR_PHI && in->imm) {
            in->dst = fresh_name(r, (VReg)in->imm);
            continue;
        }
        for (int u = 0; u < instr_nuses(in); u++) {
            VReg *p = instr_use(in, u);
            if (is_var(s, *p))
                *p = current(s, *p);
        }
        for (int d = 0; d < instr_ndefs(in); d++) {
            VReg *p = instr_def(in, d);
            if (is_var(s, *p))
                *p = fresh_name(r, *p);
        }
    }
    BlockInfo *bi = &s->g->bi[b->id];
    for (int k = 0; k < bi->nsucc; k++) {
        IrBlock *succ = bi->succ[k];
        for (int j = 0; j < succ->instrs.len; j++) {
            IrInstr *phi = VEC_AT(&succ->instrs, j);
            if (phi->op != IR_PHI)
                break;
            phi->args[bi->succ_pred[k]] = current(s, (VReg)phi->imm);
        }
    }
}

// rename walks the dominator tree without recursion: each block is visited,
// then its subtree, then its names are undone.
static void rename(Ssa *s) {
    Rename r = {s, NULL, 0, 0};
    IrFunc *f = s->f;
    for (int i = 0; i < f->nparams; i++)
        if (is_var(s, f->params[i]))
            set_name(&r, f->params[i], f->params[i]);
    if (is_var(s, f->context))
        set_name(&r, f->context, f->context);
    int n = s->g->n;
    IrBlock **stack = arena_alloc(sizeof(IrBlock *) * (size_t)n);
    int *mark = arena_alloc(sizeof(int) * (size_t)n);
    int *next = arena_alloc(sizeof(int) * (size_t)n);
    int sp = 0;
    stack[sp] = VEC_AT(&f->blocks, 0);
    mark[sp] = r.loglen;
    next[sp++] = 0;
    rename_block(&r, stack[0]);
    while (sp > 0) {
        BlockInfo *bi = &s->g->bi[stack[sp - 1]->id];
        if (next[sp - 1] < bi->kids.len) {
            IrBlock *c = VEC_AT(&bi->kids, next[sp - 1]++);
            stack[sp] = c;
            mark[sp] = r.loglen;
            next[sp++] = 0;
            rename_block(&r, c);
            continue;
        }
        undo_to(&r, mark[--sp]);
    }
}

static void clear_phi_vars(IrFunc *f) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (in->op == IR_PHI)
                in->imm = 0;
        }
    }
}

void opt_ssa(IrFunc *f) {
    ensure_entry_has_no_preds(f);
    Ssa *s = NEW(Ssa);
    s->f = f;
    s->g = cfg_build(f);
    cfg_frontiers(s->g);
    s->nvars = f->nvregs;
    size_t n = (size_t)f->nvregs + 1;
    s->ndefs = arena_alloc(sizeof(int) * n);
    s->def = arena_alloc(sizeof(Def) * n);
    s->isvar = arena_alloc(sizeof(bool) * n);
    s->global = arena_alloc(sizeof(bool) * n);
    s->defblocks = arena_alloc(sizeof(Vec) * n);
    s->cur = arena_alloc(sizeof(VReg) * n);
    count_defs(s);
    find_vars(s);
    find_globals(s);
    place_phis(s);
    make_undefs(s);
    rename(s);
    clear_phi_vars(f);
}
