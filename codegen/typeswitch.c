// typeswitch.c: type switches (Go spec: Type switches; = gc's walk/switch.go
// walkSwitchType, typeSwitch.Add/flush and binarySearch; GO119-INTERNALS.md §5.2).
//
//     switch v := x.(type) { case nil: A  case int, string: B  case Stringer: C  case T: D  default: E }
// becomes
//     tmp = x ; w = typeword(tmp)          (&type.D for an empty X, the itab otherwise)
//     if w == nil { goto A }               (no nil case: the default, or the end)
//     h = w.hash                           (offset 16 of a _type and of an itab alike)
//     if h == hash(int)    { if w == &type.int    { goto B } }     concrete cases wait,
//     if h == hash(string) { if w == &type.string { goto B } }     sorted by hash
//     if v, ok := tmp.(Stringer); ok { goto C }                     an interface case
//                                                                   flushes them first
//     if h == hash(T) { if w == &type.T { goto D } }               (&go.itab.T,X for a non-empty X)
//     goto E
// From 4 pending concrete cases on, the hash tests are a binary search
// (`if h <= H[mid-1]`, unsigned). A hash that matches with a different
// type (a collision, or a dynamic itab, whose hash is 0) falls through to
// the later tests. The bound variable is the case's type in a one-type case
// (set by the interface assertion, or loaded from the data word at the
// case's start), else the switch operand itself.
#include "lower.h"

enum { BINARY_SEARCH_MIN = 4 };  // = gc's binarySearchMin

// Pending is a concrete case waiting for the next flush.
typedef struct Pending {
    uint32_t hash;
    Type *type;
    IrBlock *target;    // the case's body
} Pending;

typedef struct TypeSwitch {
    Type *x;            // the operand's interface type
    Value v;            // the operand, evaluated once
    VReg hash;          // h, loaded once
    Pending *pending;
    int npending;
} TypeSwitch;

// ---- Concrete cases: sorted by hash, binary search ---------------------------------------

// sort_pending sorts by hash, stably (cases of equal hash keep source order).
static void sort_pending(Pending *p, int n) {
    for (int i = 1; i < n; i++) {
        Pending x = p[i];
        int j = i;
        for (; j > 0 && p[j - 1].hash > x.hash; j--)
            p[j] = p[j - 1];
        p[j] = x;
    }
}

// gen_leaf tests the cases of one hash (several only on a collision):
//     if w == want1 { goto case1 } ; if w == want2 { goto case2 } ; goto out
static void gen_leaf(Gen *g, TypeSwitch *ts, Pending *p, int n, IrBlock *out) {
    for (int i = 0; i < n; i++) {
        IrBlock *next = new_block(g, "tswitch.next");
        VReg want = gen_asserted_word(g, ts->x, p[i].type);  // assert.c
        emit_branch(g, emit_cmp(g, COND_EQ, ts->v.w[0], want, false), p[i].target, next);
        g->b = next;
    }
    emit_jmp(g, out);
}

// group_end is the end of the run of cases with the hash of p[i].
static int group_end(Pending *p, int i, int n) {
    int j = i + 1;
    while (j < n && p[j].hash == p[i].hash)
        j++;
    return j;
}

// gen_linear tests the hashes of groups lo..hi one after the other.
static void gen_linear(Gen *g, TypeSwitch *ts, Pending *p, int *groups, int lo, int hi, IrBlock *out) {
    for (int k = lo; k < hi; k++) {
        Pending *first = &p[groups[k]];
        lower_note(g, "case %s: hash 0x%08x", type_string(first->type), first->hash);
        IrBlock *leaf = new_block(g, "tswitch.hash");
        IrBlock *next = new_block(g, "tswitch.next");
        emit_branch(g, emit_cmp(g, COND_EQ, ts->hash, emit_const(g, first->hash), false), leaf, next);
        g->b = leaf;
        gen_leaf(g, ts, first, groups[k + 1] - groups[k], out);
        g->b = next;
    }
    emit_jmp(g, out);
}

// gen_search is gc's binarySearch over groups lo..hi (one per distinct hash).
static void gen_search(Gen *g, TypeSwitch *ts, Pending *p, int *groups, int lo, int hi, IrBlock *out) {
    int n = hi - lo;
    if (n < BINARY_SEARCH_MIN) {
        gen_linear(g, ts, p, groups, lo, hi, out);
        return;
    }
    int half = lo + n / 2;
    uint32_t pivot = p[groups[half - 1]].hash;
    lower_note(g, "binary search on the hash: h <= 0x%08x (unsigned)", pivot);
    IrBlock *low = new_block(g, "tswitch.low");
    IrBlock *high = new_block(g, "tswitch.high");
    emit_branch(g, emit_cmp(g, COND_LE, ts->hash, emit_const(g, pivot), false), low, high);
    g->b = low;
    gen_search(g, ts, p, groups, lo, half, out);
    g->b = high;
    gen_search(g, ts, p, groups, half, hi, out);
}

// flush emits the pending concrete cases (= typeSwitch.flush): sorted by
// hash, equal hashes merged, then searched; code continues after them.
static void flush(Gen *g, TypeSwitch *ts) {
    int n = ts->npending;
    if (n == 0)
        return;
    sort_pending(ts->pending, n);
    int *groups = arena_alloc(sizeof(int) * (size_t)(n + 1));
    int ngroups = 0;
    for (int i = 0; i < n; i = group_end(ts->pending, i, n))
        groups[ngroups++] = i;
    groups[ngroups] = n;
    IrBlock *out = new_block(g, "tswitch.flushed");
    gen_search(g, ts, ts->pending, groups, 0, ngroups, out);
    g->b = out;
    ts->npending = 0;
}

// ---- Clauses -----------------------------------------------------------------------------

static bool is_nil_case(Node *e) { return e->ty && e->ty->kind == TY_UNTYPED_NIL; }

// single_type is the type of a clause that lists exactly one type (not nil).
static Type *single_type(Node *clause) {
    if (clause->list.len != 1 || is_nil_case(clause->list.items[0]))
        return NULL;
    return ((Node *)clause->list.items[0])->ty;
}

// gen_iface_case lowers `case I:` where it stands (= typeSwitch.Add of an
// interface type): the concrete cases before it first, then
//     v, ok := tmp.(I) ; if ok { goto case }       (v bound in a one-type case)
static void gen_iface_case(Gen *g, TypeSwitch *ts, Node *clause, Type *t, IrBlock *target) {
    flush(g, ts);
    lower_note(g, "case %s: an interface case, in source order", type_string(t));
    VReg ok = 0;
    Value r = gen_assert_value(g, ts->x, t, ts->v, &ok);  // assert.c
    IrBlock *bind = new_block(g, "tswitch.bind");
    IrBlock *next = new_block(g, "tswitch.next");
    emit_branch(g, ok, bind, next);
    g->b = bind;
    if (clause->obj && single_type(clause))
        declare_local(g, clause->obj, r);
    emit_jmp(g, target);
    g->b = next;
}

// gen_case_tests adds clause's types: nil goes to *nil_target, concrete types
// wait for a flush, interface types are tested at once.
static void gen_case_tests(Gen *g, TypeSwitch *ts, Node *clause, IrBlock *target, IrBlock **nil_target) {
    for (int i = 0; i < clause->list.len; i++) {
        Node *e = clause->list.items[i];
        if (is_nil_case(e))
            *nil_target = target;
        else if (is_interface(e->ty))
            gen_iface_case(g, ts, clause, e->ty, target);
        else
            ts->pending[ts->npending++] = (Pending){type_hash(e->ty), e->ty, target};
    }
}

// gen_clause_body binds the clause's variable, unless an interface case
// did: the data as the case's concrete type, or else the operand itself.
static void gen_clause_body(Gen *g, TypeSwitch *ts, Node *clause, IrBlock *done) {
    Type *t = single_type(clause);
    if (clause->obj && !(t && is_interface(t)))
        declare_local(g, clause->obj, t ? gen_dynamic_value(g, t, ts->v.w[1]) : ts->v);
    gen_block(g, clause->body);
    if (!ir_block_terminated(g->b))
        emit_jmp(g, done);
}

// ---- The statement -----------------------------------------------------------------------

// gen_operand evaluates x once into fresh registers (= copyExpr), and
// loads h after the nil test.
static void gen_operand(Gen *g, TypeSwitch *ts, Node *x, IrBlock **nil_jump) {
    Value v = gen_ordered(g, x);
    ts->x = x->ty;
    ts->v = copy_value(g, v);
    lower_note(g, "type switch: a nil operand goes to the nil case (or default); h = the hash at "
                  "offset 16 of the _type or itab, loaded once");
    IrBlock *nonnil = new_block(g, "tswitch.nonnil");
    *nil_jump = new_block(g, "tswitch.nil");
    emit_branch(g, emit_cmp(g, COND_EQ, ts->v.w[0], emit_const(g, 0), false), *nil_jump, nonnil);
    g->b = nonnil;
    IrInstr *in = emit(g, IR_LOAD);
    in->dst = ts->hash = new_vreg(g);
    in->a = ts->v.w[0];
    in->imm = 16;
    in->width = 4;
}

static int count_cases(Node *s) {
    int n = 0;
    for (int i = 0; i < s->list.len; i++)
        n += ((Node *)s->list.items[i])->list.len;
    return n;
}

// gen_type_switch lowers `switch init; v := x.(type) { clauses }` as above.
void gen_type_switch(Gen *g, Node *s) {
    const char *label = take_label(g);
    if (s->init)
        gen_stmt(g, s->init);
    TypeSwitch ts = {0};
    ts.pending = arena_alloc(sizeof(Pending) * (size_t)(count_cases(s) + 1));
    IrBlock *nil_jump;
    gen_operand(g, &ts, s->tag_expr, &nil_jump);
    int n = s->list.len;
    IrBlock **bodies = arena_alloc(sizeof(IrBlock *) * (size_t)(n + 1));
    IrBlock *done = new_block(g, "tswitch.done");
    IrBlock *dflt = done, *nil_target = NULL;
    for (int i = 0; i < n; i++) {
        Node *clause = s->list.items[i];
        bodies[i] = new_block(g, "tswitch.case");
        if (clause->list.len == 0)
            dflt = bodies[i];
        gen_case_tests(g, &ts, clause, bodies[i], &nil_target);
    }
    flush(g, &ts);
    emit_jmp(g, dflt);
    g->b = nil_jump;
    emit_jmp(g, nil_target ? nil_target : dflt);
    Loop brk = {.outer = g->loop, .brk = done, .cont = g->loop ? g->loop->cont : NULL, .label = label};
    g->loop = &brk;
    for (int i = 0; i < n; i++) {
        g->b = bodies[i];
        gen_clause_body(g, &ts, s->list.items[i], done);
    }
    g->loop = brk.outer;
    g->b = done;
}
