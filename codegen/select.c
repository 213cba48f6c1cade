// select.c: select statements (Go spec: Select statements; = gc's
// walk/select.go walkSelectCases).
//
// gc lowers a select in one of four shapes, and so does mgc:
//     select {}                            block()
//     select { case <comm>: body }         the communication alone, then body
//     select { case c <- v: A; default: B }
//                                          tmp = v ; if selectnbsend(c, &tmp) { A } else { B }
//     select { case v, ok := <-c: A; default: B }
//                                          if selected, ok = selectnbrecv(&tmp, c); selected {
//                                              v = tmp ; A } else { B }
//     any other select:
//         selv := [n]scase{...}            send cases first, then receive cases
//         order := [2n]uint16{}            the runtime's poll and lock orders
//         chosen, recvOK := selectgo(&selv[0], &order[0], nil, nsends, nrecvs, block)
//         if chosen < 0 { default } ; if chosen == 0 { ... } ; ...
// Every channel operand and sent value is evaluated first, in source
// order; the received value and ok are assigned only in the chosen case.
// break leaves the select.
#include "lower.h"

#include <string.h>

enum { SCASE_SIZE = 16 };   // runtime/chan.c scase: {c *hchan, elem unsafe.Pointer}

// SelectCase is one communication clause, evaluated.
typedef struct SelectCase {
    Node *clause;
    Node *comm;         // the send, or the statement holding the receive
    Node *recv;         // the <-c expression of a receive case
    VReg ch;
    VReg elem;          // the address of the value to send, or of the receive temporary
    Type *elemtype;
    int index;          // its index in selv (sends first)
} SelectCase;

// recv_of is the <-c of a receive case (under the conversion implicit.c
// adds for `case i = <-c` with an interface i), or NULL for a send.
static Node *recv_of(Node *comm) {
    Node *e = NULL;
    if (comm->kind == STMT_EXPR)
        e = unparen(comm->lhs);
    else if (comm->kind == STMT_ASSIGN || comm->kind == STMT_DEFINE)
        e = unparen(comm->rhs_list.items[0]);
    while (e && e->kind == EXPR_CONV_IFACE)
        e = unparen(e->lhs);
    return e;
}

// eval_case evaluates a clause's channel and, for a send, the value.
static void eval_case(Gen *g, SelectCase *c) {
    Node *chx = c->recv ? c->recv->lhs : c->comm->lhs;
    c->elemtype = underlying(chx->ty)->elem;
    c->ch = gen_expr(g, chx).w[0];
    if (c->recv) {
        c->elem = gen_temp(g, c->elemtype);
        return;
    }
    Value v = gen_expr(g, c->comm->rhs);
    if (is_aggregate(c->elemtype)) {
        c->elem = v.w[0];
        return;
    }
    c->elem = gen_temp(g, c->elemtype);
    gen_store(g, c->elemtype, c->elem, v);
}

// gen_case_body assigns a receive's value (and ok) as its comm says, then
// lowers the clause's statements; the comm's receive yields presets.
static void gen_case_body(Gen *g, SelectCase *c, VReg ok, IrBlock *done) {
    if (c->recv && c->comm->kind != STMT_EXPR) {
        int mark = preset_mark(g);
        if (!g->presets)
            g->presets = NEW(Presets);
        Value v = gen_load(g, c->elemtype, c->elem);
        if (ok)
            v.w[v.n++] = ok;  // gen_recv_ok splits it
        add_preset(g->presets, c->recv, v);
        gen_stmt(g, c->comm);
        drop_presets(g, mark);
    }
    gen_block(g, c->clause->body);
    if (!ir_block_terminated(g->b))
        emit_jmp(g, done);
}

static Value call2(Gen *g, const char *fn, VReg a, VReg b, int nresults) {
    Value args[2] = {{1, {a}}, {1, {b}}};
    int words[2] = {1, 1};
    return emit_call(g, fn, runtime_sig(2, words, nresults), args, 2, nresults);
}

// gen_select_single lowers a select with one case and no default: the
// communication alone (= gc's "optimization: one-case select").
static void gen_select_single(Gen *g, SelectCase *c, IrBlock *done) {
    lower_note(g, "select with one case: gc lowers the communication alone");
    eval_case(g, c);
    VReg ok = 0;
    if (c->recv && c->comm->kind != STMT_EXPR && c->comm->lhs_list.len == 2)
        ok = call2(g, "runtime.chanrecv2", c->ch, c->elem, 1).w[0];
    else
        call2(g, c->recv ? "runtime.chanrecv1" : "runtime.chansend1", c->ch, c->elem, 0);
    gen_case_body(g, c, ok, done);
}

// gen_select_nb lowers one case and a default with selectnbsend or
// selectnbrecv (= gc's "optimization: two-case select but one is default").
static void gen_select_nb(Gen *g, SelectCase *c, Node *dflt, IrBlock *done) {
    eval_case(g, c);
    Value r;
    if (c->recv) {
        lower_note(g, "select { case <-c: ... default: ... }: gc calls runtime.selectnbrecv(&v, c)");
        r = call2(g, "runtime.selectnbrecv", c->elem, c->ch, 2);
    } else {
        lower_note(g, "select { case c <- v: ... default: ... }: gc calls runtime.selectnbsend(c, &v)");
        r = call2(g, "runtime.selectnbsend", c->ch, c->elem, 1);
    }
    IrBlock *then = new_block(g, "select.case");
    IrBlock *els = new_block(g, "select.default");
    emit_branch(g, emit_cmp(g, COND_NE, r.w[0], emit_const(g, 0), false), then, els);
    g->b = then;
    gen_case_body(g, c, c->recv ? r.w[1] : 0, done);
    g->b = els;
    gen_block(g, dflt->body);
    if (!ir_block_terminated(g->b))
        emit_jmp(g, done);
}

// gen_selectgo lowers the general select: selv and order arrays in the
// frame, one selectgo call, then a test of chosen per case.
static void gen_selectgo(Gen *g, SelectCase *cs, int n, int nsends, Node *dflt, IrBlock *done) {
    for (int i = 0; i < n; i++)
        eval_case(g, &cs[i]);
    VReg selv = gen_temp(g, new_array(ty_uintptr, 2 * n));
    VReg order = gen_temp(g, new_array(ty_uint16, 2 * n));
    for (int i = 0; i < n; i++) {
        VReg at = gen_offset(g, selv, cs[i].index * SCASE_SIZE);
        gen_store(g, ty_uintptr, at, (Value){1, {cs[i].ch}});
        gen_store(g, ty_uintptr, gen_offset(g, at, 8), (Value){1, {cs[i].elem}});
    }
    lower_note(g, "select: gc fills [%d]scase (sends first) and calls runtime.selectgo", n);
    Value args[6] = {{1, {selv}}, {1, {order}}, {1, {emit_const(g, 0)}}, {1, {emit_const(g, nsends)}},
                     {1, {emit_const(g, n - nsends)}}, {1, {emit_const(g, dflt ? 0 : 1)}}};
    int words[6] = {1, 1, 1, 1, 1, 1};
    Value r = emit_call(g, "runtime.selectgo", runtime_sig(6, words, 2), args, 6, 2);
    if (dflt) {
        IrBlock *d = new_block(g, "select.default");
        IrBlock *next = new_block(g, "select.test");
        emit_branch(g, emit_cmp(g, COND_LT, r.w[0], emit_const(g, 0), true), d, next);
        g->b = d;
        gen_block(g, dflt->body);
        if (!ir_block_terminated(g->b))
            emit_jmp(g, done);
        g->b = next;
    }
    for (int i = 0; i < n; i++) {
        IrBlock *then = new_block(g, "select.case");
        IrBlock *next = new_block(g, "select.test");
        emit_branch(g, emit_cmp(g, COND_EQ, r.w[0], emit_const(g, cs[i].index), false), then, next);
        g->b = then;
        gen_case_body(g, &cs[i], r.w[1], done);
        g->b = next;
    }
    emit_jmp(g, done);
}

// collect_cases fills cs with the communication clauses, sends first (their
// selv index), and returns the number of sends; *dflt gets the default.
static int collect_cases(Node *s, SelectCase *cs, int *n, Node **dflt) {
    int nsends = 0;
    *n = 0;
    *dflt = NULL;
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        if (clause->list.len == 0) {
            *dflt = clause;
            continue;
        }
        Node *comm = clause->list.items[0];
        cs[*n] = (SelectCase){.clause = clause, .comm = comm, .recv = recv_of(comm)};
        nsends += cs[*n].recv == NULL;
        (*n)++;
    }
    int next_send = 0, next_recv = nsends;
    for (int i = 0; i < *n; i++)
        cs[i].index = cs[i].recv ? next_recv++ : next_send++;
    return nsends;
}

void gen_select(Gen *g, Node *s) {
    const char *label = take_label(g);
    SelectCase *cs = arena_alloc(sizeof(SelectCase) * (size_t)(s->list.len + 1));
    int n;
    Node *dflt;
    int nsends = collect_cases(s, cs, &n, &dflt);
    IrBlock *done = new_block(g, "select.done");
    Loop brk = {.outer = g->loop, .brk = done, .cont = g->loop ? g->loop->cont : NULL, .label = label};
    g->loop = &brk;
    if (n == 0 && !dflt) {
        lower_note(g, "select {}: gc calls runtime.block, which parks forever");
        emit_noreturn_call(g, "runtime.block", runtime_sig(0, NULL, 0), NULL, 0);
    } else if (n == 0) {
        gen_block(g, dflt->body);
    } else if (n == 1 && !dflt) {
        gen_select_single(g, &cs[0], done);
    } else if (n == 1) {
        gen_select_nb(g, &cs[0], dflt, done);
    } else {
        gen_selectgo(g, cs, n, nsends, dflt, done);
    }
    g->loop = brk.outer;
    if (!ir_block_terminated(g->b))
        emit_jmp(g, done);
    g->b = done;
}
