// sccp.c: sparse conditional constant propagation (Wegman and Zadeck). Each
// register starts "unknown" and is lowered to one constant or to "varies" as
// the blocks that can run are discovered from the entry; a branch on a
// constant makes only one of its edges runnable, so code behind it is never
// visited and its phi operands never count. Constants are computed exactly as
// ir.h defines the operations: 64-bit wrapping, signed DIV/REM by -1 without a
// trap (a division by zero is never folded), shift counts of 64 or more,
// EXT's width and sign, CMP signed or unsigned. Floats are not folded.
//
//     before                          after
//     v5 = const 3                    v5 = const 3
//     v6 = const 4                    v6 = const 4
//     v7 = cmp.lt.s v5, v6            v7 = const 1
//     branch v7, b1, b2               jmp b1          (b2 goes if nothing else reaches it)
//
// Then trivial algebra: x+0, x-0, x*1, x/1, x|0, x^0, x&-1, x<<0 become `mov x`
// (copyprop removes them), and constant offsets move into addresses:
// `add (frameaddr slot0+0), 8` is `frameaddr slot0+8`, `load [(p+8)+0]` is
// `load [p+8]`.
#include "internal.h"

enum { TOP, CONST, BOTTOM };   // unknown yet, one constant, varies

typedef struct Use {
    IrInstr *in;
    IrBlock *block;
} Use;

typedef struct Sccp {
    IrFunc *f;
    Cfg *g;
    unsigned char *state;   // per register
    int64_t *val;           // per register, when CONST
    int *use_start;         // uses of v: uses[use_start[v] .. use_start[v+1])
    Use *uses;
    bool *exec_block;
    bool *exec_edge;        // [block*2 + successor slot]
    IrBlock **blockwork;
    int nblockwork;
    Use *work;              // instructions to evaluate again
    int nwork, capwork;
} Sccp;

// ---- Folding ----------------------------------------------------------------------

static bool fold_div(const IrInstr *in, int64_t a, int64_t b, int64_t *out) {
    if (b == 0)
        return false;
    if (!in->sign) {
        uint64_t x = (uint64_t)a, y = (uint64_t)b;
        *out = (int64_t)(in->op == IR_DIV ? x / y : x % y);
    } else if (b == -1) {
        *out = in->op == IR_DIV ? (int64_t)(0 - (uint64_t)a) : 0;
    } else {
        *out = in->op == IR_DIV ? a / b : a % b;
    }
    return true;
}

static int64_t fold_shift(IrOp op, int64_t a, int64_t b) {
    uint64_t count = (uint64_t)b, x = (uint64_t)a;
    if (count >= 64)
        return op == IR_SAR ? (a < 0 ? -1 : 0) : 0;
    if (op == IR_SHL)
        return (int64_t)(x << count);
    if (op == IR_SHR)
        return (int64_t)(x >> count);
    return a < 0 ? (int64_t)~(~x >> count) : (int64_t)(x >> count);
}

static int64_t fold_ext(const IrInstr *in, int64_t a) {
    switch (in->width) {
    case 1: return in->sign ? (int64_t)(int8_t)a : (int64_t)(uint8_t)a;
    case 2: return in->sign ? (int64_t)(int16_t)a : (int64_t)(uint16_t)a;
    case 4: return in->sign ? (int64_t)(int32_t)a : (int64_t)(uint32_t)a;
    default: return a;
    }
}

// fold computes an integer operation on constants; false if it must not be
// folded (division by zero) or is not an integer operation.
static bool fold(const IrInstr *in, int64_t a, int64_t b, int64_t *out) {
    uint64_t x = (uint64_t)a, y = (uint64_t)b;
    switch (in->op) {
    case IR_ADD: *out = (int64_t)(x + y); return true;
    case IR_SUB: *out = (int64_t)(x - y); return true;
    case IR_MUL: *out = (int64_t)(x * y); return true;
    case IR_AND: *out = a & b; return true;
    case IR_OR:  *out = a | b; return true;
    case IR_XOR: *out = a ^ b; return true;
    case IR_DIV: case IR_REM: return fold_div(in, a, b, out);
    case IR_SHL: case IR_SHR: case IR_SAR: *out = fold_shift(in->op, a, b); return true;
    case IR_NEG: *out = (int64_t)(0 - x); return true;
    case IR_NOT: *out = ~a; return true;
    case IR_EXT: *out = fold_ext(in, a); return true;
    case IR_CMP: *out = ir_eval_cond(in->cond, in->sign, a, b); return true;
    default: return false;
    }
}

// ---- The lattice ------------------------------------------------------------------

typedef struct Lat {
    int state;
    int64_t val;
} Lat;

static Lat lat_of(Sccp *s, VReg v) { return (Lat){s->state[v], s->val[v]}; }

static bool is_const(Lat l, int64_t c) { return l.state == CONST && l.val == c; }

// absorbs: x*0, x&0 and x|-1 are known whatever x is, and so are the
// unsigned compares with 0 that cannot fail or hold: x <u 0 is false, x >=u 0
// true (a slice bound `0 <= j` checked as an unsigned compare).
static bool absorbs(const IrInstr *in, Lat a, Lat b, int64_t *out) {
    if (in->op == IR_CMP && !in->sign && is_const(b, 0) &&
        (in->cond == COND_LT || in->cond == COND_GE)) {
        *out = in->cond == COND_GE;
        return true;
    }
    if (in->op == IR_CMP && !in->sign && is_const(a, 0) &&
        (in->cond == COND_GT || in->cond == COND_LE)) {
        *out = in->cond == COND_LE;
        return true;
    }
    if ((in->op == IR_MUL || in->op == IR_AND) && (is_const(a, 0) || is_const(b, 0))) {
        *out = 0;
        return true;
    }
    if (in->op == IR_OR && (is_const(a, -1) || is_const(b, -1))) {
        *out = -1;
        return true;
    }
    return false;
}

static bool edge_exec(Sccp *s, IrBlock *from, IrBlock *to) {
    BlockInfo *bi = &s->g->bi[from->id];
    for (int k = 0; k < bi->nsucc; k++)
        if (bi->succ[k] == to && s->exec_edge[from->id * 2 + k])
            return true;
    return false;
}

static Lat eval_phi(Sccp *s, IrInstr *phi, IrBlock *b) {
    Lat r = {TOP, 0};
    for (int k = 0; k < phi->nargs; k++) {
        if (!edge_exec(s, phi->preds[k], b))
            continue;
        Lat a = lat_of(s, phi->args[k]);
        if (a.state == TOP)
            continue;
        if (a.state == BOTTOM || (r.state == CONST && r.val != a.val))
            return (Lat){BOTTOM, 0};
        r = a;
    }
    return r;
}

static bool foldable(IrOp op) {
    switch (op) {
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_REM: case IR_AND:
    case IR_OR: case IR_XOR: case IR_SHL: case IR_SHR: case IR_SAR: case IR_CMP:
    case IR_NEG: case IR_NOT: case IR_EXT:
        return true;
    default:
        return false;
    }
}

static Lat eval(Sccp *s, IrInstr *in, IrBlock *b) {
    if (in->op == IR_CONST)
        return (Lat){CONST, in->imm};
    if (in->op == IR_MOV)
        return lat_of(s, in->a);
    if (in->op == IR_PHI)
        return eval_phi(s, in, b);
    if (!foldable(in->op))
        return (Lat){BOTTOM, 0};
    bool unary = in->op == IR_NEG || in->op == IR_NOT || in->op == IR_EXT;
    Lat a = lat_of(s, in->a), c = unary ? (Lat){CONST, 0} : lat_of(s, in->b);
    int64_t out;
    if (!unary && absorbs(in, a, c, &out))
        return (Lat){CONST, out};
    if (a.state == TOP || c.state == TOP)
        return (Lat){TOP, 0};
    if (a.state == CONST && c.state == CONST && fold(in, a.val, c.val, &out))
        return (Lat){CONST, out};
    return (Lat){BOTTOM, 0};
}

// ---- The solver --------------------------------------------------------------------

static void push_work(Sccp *s, IrInstr *in, IrBlock *b) {
    if (s->nwork == s->capwork) {
        s->capwork = s->capwork ? 2 * s->capwork : 256;
        Use *w = arena_alloc(sizeof(Use) * (size_t)s->capwork);
        for (int i = 0; i < s->nwork; i++)
            w[i] = s->work[i];
        s->work = w;
    }
    s->work[s->nwork++] = (Use){in, b};
}

// set lowers v to l; its readers are evaluated again when it changed.
static void set(Sccp *s, VReg v, Lat l) {
    if (l.state == CONST && s->state[v] == CONST && s->val[v] != l.val)
        l.state = BOTTOM;
    if (l.state <= s->state[v])
        return;
    s->state[v] = (unsigned char)l.state;
    s->val[v] = l.val;
    for (int i = s->use_start[v]; i < s->use_start[v + 1]; i++)
        push_work(s, s->uses[i].in, s->uses[i].block);
}

static void mark_edge(Sccp *s, IrBlock *from, int k) {
    if (s->exec_edge[from->id * 2 + k])
        return;
    s->exec_edge[from->id * 2 + k] = true;
    IrBlock *to = s->g->bi[from->id].succ[k];
    if (!s->exec_block[to->id]) {
        s->exec_block[to->id] = true;
        s->blockwork[s->nblockwork++] = to;
        return;
    }
    for (int i = 0; i < to->instrs.len; i++) {   // a new way in: its phis again
        IrInstr *phi = VEC_AT(&to->instrs, i);
        if (phi->op == IR_PHI)
            push_work(s, phi, to);
    }
}

static void visit(Sccp *s, IrInstr *in, IrBlock *b) {
    if (!s->exec_block[b->id])
        return;
    if (in->op == IR_JMP) {
        mark_edge(s, b, 0);
    } else if (in->op == IR_BRANCH) {
        Lat c = lat_of(s, in->a);
        if (c.state == BOTTOM || (c.state == CONST && c.val != 0))
            mark_edge(s, b, 0);
        if (c.state == BOTTOM || (c.state == CONST && c.val == 0))
            mark_edge(s, b, 1);
    } else if (in->op == IR_CALL || in->op == IR_CALL_IND) {
        for (int d = 0; d < in->nresults; d++)
            set(s, in->results[d], (Lat){BOTTOM, 0});
    } else if (in->dst) {
        set(s, in->dst, eval(s, in, b));
    }
}

static void build_uses(Sccp *s) {
    IrFunc *f = s->f;
    s->use_start = arena_alloc(sizeof(int) * (size_t)(f->nvregs + 2));
    int total = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int u = 0; u < instr_nuses(in); u++)
                if (*instr_use(in, u)) {
                    s->use_start[*instr_use(in, u) + 1]++;
                    total++;
                }
        }
    }
    for (int v = 1; v <= f->nvregs + 1; v++)
        s->use_start[v] += s->use_start[v - 1];
    int *fill = arena_alloc(sizeof(int) * (size_t)(f->nvregs + 1));
    s->uses = arena_alloc(sizeof(Use) * (size_t)(total + 1));
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int u = 0; u < instr_nuses(in); u++) {
                VReg v = *instr_use(in, u);
                if (v)
                    s->uses[s->use_start[v] + fill[v]++] = (Use){in, b};
            }
        }
    }
}

static void solve(Sccp *s) {
    IrFunc *f = s->f;
    for (int i = 0; i < f->nparams; i++)
        s->state[f->params[i]] = BOTTOM;
    if (f->context)
        s->state[f->context] = BOTTOM;
    IrBlock *entry = VEC_AT(&f->blocks, 0);
    s->exec_block[entry->id] = true;
    s->blockwork[s->nblockwork++] = entry;
    while (s->nblockwork > 0 || s->nwork > 0) {
        if (s->nwork > 0) {
            Use w = s->work[--s->nwork];
            visit(s, w.in, w.block);
            continue;
        }
        IrBlock *b = s->blockwork[--s->nblockwork];
        for (int i = 0; i < b->instrs.len; i++)
            visit(s, VEC_AT(&b->instrs, i), b);
    }
}

// ---- Rewriting ----------------------------------------------------------------------

// settled: every branch that can run has a known condition (else the solver
// saw a read of a value no run defines, and nothing is rewritten).
static bool settled(Sccp *s) {
    for (int i = 0; i < s->g->n; i++) {
        IrBlock *b = VEC_AT(&s->f->blocks, i);
        IrInstr *t = block_terminator(b);
        if (s->exec_block[i] && t && t->op == IR_BRANCH && s->state[t->a] == TOP)
            return false;
    }
    return true;
}

static void to_const(IrInstr *in, int64_t v) {
    in->op = IR_CONST;
    in->imm = v;
    in->a = in->b = 0;
    in->nargs = 0;
    in->args = NULL;
    in->preds = NULL;
}

static void rewrite(Sccp *s) {
    for (int i = 0; i < s->g->n; i++) {
        IrBlock *b = VEC_AT(&s->f->blocks, i);
        if (!s->exec_block[i])
            continue;
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (in->op == IR_BRANCH && s->state[in->a] == CONST) {
                in->op = IR_JMP;
                in->target = s->val[in->a] ? in->target : in->target2;
                in->target2 = NULL;
                in->a = 0;
            } else if (in->op != IR_CONST && in->dst && instr_is_pure(in) &&
                       s->state[in->dst] == CONST) {
                to_const(in, s->val[in->dst]);
            }
        }
    }
}

// ---- Algebra ----------------------------------------------------------------------

static bool const_is(SsaInfo *si, VReg v, int64_t c) {
    IrInstr *d = def_of(si, v);
    return d && d->op == IR_CONST && d->imm == c;
}

// identity_operand: the operand an operation with a neutral constant
// returns unchanged (x+0, 0+x, x*1, x&-1, ...), or 0.
static VReg identity_operand(SsaInfo *si, const IrInstr *in) {
    switch (in->op) {
    case IR_ADD: case IR_OR: case IR_XOR:
        return const_is(si, in->b, 0) ? in->a : const_is(si, in->a, 0) ? in->b : 0;
    case IR_SUB: case IR_SHL: case IR_SHR: case IR_SAR:
        return const_is(si, in->b, 0) ? in->a : 0;
    case IR_MUL:
        return const_is(si, in->b, 1) ? in->a : const_is(si, in->a, 1) ? in->b : 0;
    case IR_DIV:
        return const_is(si, in->b, 1) ? in->a : 0;
    case IR_AND:
        return const_is(si, in->b, -1) ? in->a : const_is(si, in->a, -1) ? in->b : 0;
    default:
        return 0;
    }
}

// small_sum: a + b when it stays a 32-bit displacement (as amd64 addresses take).
static bool small_sum(int64_t a, int64_t b, int64_t *out) {
    if (a < -(1LL << 30) || a > (1LL << 30) || b < -(1LL << 30) || b > (1LL << 30))
        return false;
    *out = a + b;
    return true;
}

// fold_address: `add (addr S+o), c` is `addr S+(o+c)` (frameaddr likewise),
// and a load or store at [(p + c) + o] is one at [p + (o+c)].
static void fold_address(SsaInfo *si, IrInstr *in) {
    if (in->op == IR_ADD) {
        IrInstr *base = def_of(si, in->a), *c = def_of(si, in->b);
        int64_t off;
        if (base && c && c->op == IR_CONST && (base->op == IR_ADDR || base->op == IR_FRAME_ADDR) &&
            small_sum(base->imm, c->imm, &off)) {
            in->op = base->op;
            in->sym = base->sym;
            in->slot = base->slot;
            in->imm = off;
            in->a = in->b = 0;
        }
    } else if (in->op == IR_LOAD || in->op == IR_STORE) {
        IrInstr *sum = def_of(si, in->a);
        IrInstr *c = sum && sum->op == IR_ADD ? def_of(si, sum->b) : NULL;
        int64_t off;
        if (c && c->op == IR_CONST && small_sum(in->imm, c->imm, &off)) {
            in->a = sum->a;
            in->imm = off;
        }
    }
}

static void simplify(IrFunc *f) {
    SsaInfo *si = ssa_info(f);
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            VReg x = identity_operand(si, in);
            if (x) {
                in->op = IR_MOV;
                in->a = x;
                in->b = 0;
            } else {
                fold_address(si, in);
            }
        }
    }
}

void opt_sccp(IrFunc *f) {
    Sccp *s = NEW(Sccp);
    s->f = f;
    s->g = cfg_build(f);
    size_t nv = (size_t)f->nvregs + 1, nb = (size_t)s->g->n;
    s->state = arena_alloc(nv);
    s->val = arena_alloc(sizeof(int64_t) * nv);
    s->exec_block = arena_alloc(sizeof(bool) * nb);
    s->exec_edge = arena_alloc(sizeof(bool) * 2 * nb);
    s->blockwork = arena_alloc(sizeof(IrBlock *) * nb);
    build_uses(s);
    solve(s);
    if (settled(s)) {
        rewrite(s);
        phis_first(f);
        cfg_build(f);   // drops the blocks no edge reaches now, and their phi operands
    }
    simplify(f);
}
