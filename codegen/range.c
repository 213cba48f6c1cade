// range.c: for statements with a range clause (Go spec: For statements with
// range clause; = gc's walk/range.go). The range operand is evaluated once,
// before the loop; the iteration variables are assigned at the top of each
// iteration from hidden counters, so the body may change them freely.
#include "lower.h"

// assign_iteration stores the iteration values into the range clause's
// variables: `for k, v := range x` (declared here), `for k, v = range x`
// (assigned), or neither (`for range x`).
static void assign_iteration(Gen *g, Node *s, Value key, Value val) {
    if (s->key)
        gen_assign_lhs(g, s->key, s, key);    // stmt.c
    if (s->value)
        gen_assign_lhs(g, s->value, s, val);
}

static VReg copy_word(Gen *g, VReg dst, VReg src) {
    IrInstr *in = emit(g, IR_MOV);
    in->dst = dst ? dst : new_vreg(g);
    in->a = src;
    return in->dst;
}

// decode_rune sets hv2 to the rune starting at byte hv1 of ha and advances
// hv1 past it; an ASCII byte is decoded inline:
//     hv2 = rune(ha[hv1])
//     if hv2 < utf8.RuneSelf { hv1++ } else { hv2, hv1 = decoderune(ha, hv1) }
static void decode_rune(Gen *g, Value ha, VReg hv1, VReg hv2) {
    gen_load_byte(g, ha.w[0], hv1, hv2);  // string.c
    IrBlock *ascii = new_block(g, "range.ascii");
    IrBlock *multi = new_block(g, "range.decoderune");
    IrBlock *next = new_block(g, "range.decoded");
    emit_branch(g, emit_cmp(g, COND_LT, hv2, emit_const(g, 0x80), false), ascii, multi);
    g->b = ascii;
    copy_word(g, hv1, emit_binop(g, IR_ADD, hv1, emit_const(g, 1)));
    emit_jmp(g, next);
    g->b = multi;
    Value args[2] = {ha, {1, {hv1}}};
    int words[2] = {2, 1};
    Value r = emit_call(g, "runtime.decoderune", runtime_sig(2, words, 2), args, 2, 2);
    copy_word(g, hv2, r.w[0]);
    copy_word(g, hv1, r.w[1]);
    start_block(g, next);
}

// gen_range_string lowers `for k, v := range s` over the UTF-8 encoded runes
// of s; an invalid byte decodes as U+FFFD of width 1 (= gc's walkRange for
// strings, runtime.decoderune):
//     ha := s
//     hv1 := 0
//     range.cond: if hv1 >= len(ha) goto range.done    (continue jumps here)
//     hv1t := hv1
//     <decode_rune: hv2 = the rune at hv1, hv1 advanced past it>
//     k, v = hv1t, hv2
//     body ; goto range.cond
//     range.done:                                        (break jumps here)
static void gen_range_string(Gen *g, Node *s) {
    const char *label = take_label(g);
    Value ha = gen_expr(g, s->rhs);
    VReg hv1 = copy_word(g, 0, emit_const(g, 0));
    VReg hv2 = new_vreg(g);
    IrBlock *cond = new_block(g, "range.cond");
    IrBlock *body = new_block(g, "range.body");
    IrBlock *done = new_block(g, "range.done");
    start_block(g, cond);
    emit_branch(g, emit_cmp(g, COND_LT, hv1, ha.w[1], true), body, done);
    g->b = body;
    VReg hv1t = copy_word(g, 0, hv1);
    decode_rune(g, ha, hv1, hv2);
    assign_iteration(g, s, (Value){1, {hv1t}}, (Value){1, {copy_word(g, 0, hv2)}});
    Loop loop = {.outer = g->loop, .brk = done, .cont = cond, .label = label};
    g->loop = &loop;
    gen_block(g, s->body);
    g->loop = loop.outer;
    if (!ir_block_terminated(g->b))
        emit_jmp(g, cond);
    g->b = done;
}

// gen_range dispatches on the range operand's type. Strings are lowered
// today; arrays, slices and maps are rejected by check_lowerable (support.c).
void gen_range(Gen *g, Node *s) {
    if (is_string(s->rhs->ty))
        return gen_range_string(g, s);
    if (underlying(s->rhs->ty)->kind == TY_MAP)
        return gen_range_map(g, s);  // map.c
    unreachable();
}
