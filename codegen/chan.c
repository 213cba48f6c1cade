// chan.c: channel operations (Go spec: Channel types, Making slices, maps
// and channels, Send statements, Receive operator, Close, Length and
// capacity, For statements with range clause; = gc's walk/builtin.go
// walkMakeChan, walkClose, walk/expr.go ORECV, walk/range.go for channels).
//
// A channel value is one word, a *hchan (runtime/chan.c), nil for a nil
// channel. Every operation calls the runtime; the element travels by address
// (a temporary holds it), as in gc:
//     make(chan T, n)   =>  makechan(type.chan T, n)
//     ch <- v           =>  tmp = v ; chansend1(ch, &tmp)
//     v := <-ch         =>  chanrecv1(ch, &tmp) ; v = tmp
//     v, ok := <-ch     =>  ok = chanrecv2(ch, &tmp) ; v = tmp
//     close(ch)         =>  closechan(ch)
//     len(ch), cap(ch)  =>  ch == nil ? 0 : ch.qcount (ch.dataqsiz)
// Each of them may switch goroutines (runtime/proc.c); values live across
// the call in callee-saved registers or the frame, which the switch keeps.
#include "lower.h"

enum {
    HCHAN_QCOUNT = 0,       // hchan.qcount: len(ch)
    HCHAN_DATAQSIZ = 8,     // hchan.dataqsiz: cap(ch)
};

// elem_addr evaluates v into a temporary of type t and returns its address
// (an aggregate's Value is the address of a private copy already).
static VReg elem_addr(Gen *g, Type *t, Value v) {
    if (is_aggregate(t))
        return v.w[0];
    VReg tmp = gen_temp(g, t);
    gen_store(g, t, tmp, v);
    return tmp;
}

static Value chan_call(Gen *g, const char *fn, VReg a, VReg b, int nresults) {
    Value args[2] = {{1, {a}}, {1, {b}}};
    int words[2] = {1, 1};
    return emit_call(g, fn, runtime_sig(b ? 2 : 1, words, nresults), args, b ? 2 : 1, nresults);
}

// gen_make_chan lowers make(chan T) and make(chan T, n) (= walkMakeChan):
//     makechan(type.chan T, n)      n = 0 without a size
Value gen_make_chan(Gen *g, Node *call) {
    Type *ct = underlying(call->ty);
    Node *size = call->list.len > 1 ? call->list.items[1] : NULL;
    VReg n = size ? gen_expr(g, size).w[0] : emit_const(g, 0);
    lower_note(g, "make(%s): gc calls runtime.makechan with the type descriptor", type_string(call->ty));
    return (Value){1, {chan_call(g, "runtime.makechan", gen_type_addr(g, ct), n, 1).w[0]}};
}

// gen_chan_len lowers len(ch) and cap(ch): the first or second word of the
// hchan; a nil channel has none (= gc's inline OLEN/OCAP of a channel):
//     n = 0 ; if ch != nil { n = ch.qcount (cap: ch.dataqsiz) }
Value gen_chan_len(Gen *g, VReg ch, bool cap) {
    VReg n = emit_copy(g, emit_const(g, 0));
    IrBlock *load = new_block(g, "chanlen.load");
    IrBlock *done = new_block(g, "chanlen.done");
    emit_branch(g, emit_cmp(g, COND_NE, ch, emit_const(g, 0), false), load, done);
    g->b = load;
    IrInstr *in = emit(g, IR_LOAD);
    in->dst = n;
    in->a = ch;
    in->imm = cap ? HCHAN_DATAQSIZ : HCHAN_QCOUNT;
    in->width = 8;
    start_block(g, done);
    return (Value){1, {n}};
}

// gen_send lowers `ch <- v` (= gc's OSEND): the channel, then the value,
// are evaluated; the value goes by address.
//     tmp = v ; chansend1(ch, &tmp)
void gen_send(Gen *g, Node *s) {
    int mark = preset_mark(g);
    hoist_calls(g, s->lhs);  // order.c
    hoist_calls(g, s->rhs);
    Type *elem = underlying(s->lhs->ty)->elem;
    VReg ch = gen_expr(g, s->lhs).w[0];
    VReg tmp = elem_addr(g, elem, gen_expr(g, s->rhs));
    drop_presets(g, mark);
    lower_note(g, "ch <- v: gc calls runtime.chansend1(ch, &v); it may park this goroutine");
    chan_call(g, "runtime.chansend1", ch, tmp, 0);
}

// gen_recv lowers `<-ch` as a value (= gc's ORECV):
//     chanrecv1(ch, &tmp) ; v = tmp
Value gen_recv(Gen *g, Node *e) {
    Type *elem = underlying(e->lhs->ty)->elem;
    VReg ch = gen_expr(g, e->lhs).w[0];
    VReg tmp = gen_temp(g, elem);
    lower_note(g, "<-ch: gc calls runtime.chanrecv1(ch, &tmp); it may park this goroutine");
    chan_call(g, "runtime.chanrecv1", ch, tmp, 0);
    return gen_load(g, elem, tmp);
}

// gen_recv_ok lowers `v, ok = <-ch` into vals (= gc's OAS2RECV):
//     ok = chanrecv2(ch, &tmp) ; v = tmp     (ok false: closed, v the zero value)
void gen_recv_ok(Gen *g, Node *e, Value *vals) {
    Type *elem = underlying(e->lhs->ty)->elem;
    Value done;
    if (g->presets && preset_value(g, e, &done)) {  // select.c: received already
        vals[0] = done;
        vals[0].n--;
        vals[1] = (Value){1, {done.w[done.n - 1]}};
        return;
    }
    VReg ch = gen_expr(g, e->lhs).w[0];
    VReg tmp = gen_temp(g, elem);
    lower_note(g, "v, ok := <-ch: gc calls runtime.chanrecv2(ch, &v), which returns ok");
    VReg ok = chan_call(g, "runtime.chanrecv2", ch, tmp, 1).w[0];
    vals[0] = gen_load(g, elem, tmp);
    vals[1] = (Value){1, {ok}};
}

// gen_close lowers close(ch) (= walkClose): closechan(ch).
void gen_close(Gen *g, Node *call) {
    VReg ch = gen_expr(g, call->list.items[0]).w[0];
    chan_call(g, "runtime.closechan", ch, 0, 0);
}

// gen_range_chan lowers `for v := range ch` (= gc's walkRange for channels):
//     hv1, hb := <-ch     (chanrecv2)     range.cond (continue jumps here)
//     if !hb goto range.done
//     v = hv1 ; body ; goto range.cond
void gen_range_chan(Gen *g, Node *s) {
    const char *label = take_label(g);
    declare_iteration_vars(g, s);  // range.c
    Type *elem = underlying(s->rhs->ty)->elem;
    VReg ch = gen_expr(g, s->rhs).w[0];
    VReg hv1 = gen_temp(g, elem);
    IrBlock *cond = new_block(g, "range.cond");
    IrBlock *body = new_block(g, "range.body");
    IrBlock *done = new_block(g, "range.done");
    start_block(g, cond);
    lower_note(g, "for v := range ch: gc receives with runtime.chanrecv2 until the channel is closed");
    VReg hb = chan_call(g, "runtime.chanrecv2", ch, hv1, 1).w[0];
    emit_branch(g, emit_cmp(g, COND_NE, hb, emit_const(g, 0), false), body, done);
    g->b = body;
    Value v = s->key ? gen_load(g, elem, hv1) : (Value){0};
    gen_range_body(g, s, label, v, (Value){0}, cond, done);  // range.c
    g->b = done;
}
