// frame.c: the stack frame of a compiled function (docs/ABI.md, "Frames").
//
// Like gc -N, every virtual register lives in its own 8-byte stack slot, so
// instruction selection needs only a few scratch registers and no allocator:
//
//   [rbp+16+8k]        incoming stack-argument word k
//   [rbp+8]            return address
//   [rbp]              caller's rbp                      <- rbp (16-byte aligned)
//   [rbp-8*N]          virtual register vN, N = 1..nvregs
//   [rbp-sret_offset]  the hidden result pointer (functions with >2 result words)
//   [rbp-slot_offset]  IR frame slots (IrSlot), each aligned to its own alignment
//   [rbp-result_offset] where >2-word results of this function's calls arrive
//   [rsp+8k]           outgoing stack-argument word k    <- rsp (16-byte aligned)
//
// rsp stays put between prologue and epilogue, so it is 16-byte aligned at
// every call without any per-call adjustment.
#include "internal.h"

enum { WORD = 8, STACK_ALIGN = 16 };

static int align_up(int n, int a) { return (n + a - 1) / a * a; }

// scan_calls finds the largest stack-argument area and the largest hidden
// result area any call in f needs.
static void scan_calls(const IrFunc *f, int *stack_words, int *result_words) {
    for (int i = 0; i < f->blocks.len; i++) {
        const IrBlock *b = VEC_AT(&f->blocks, i);
        for (int j = 0; j < b->instrs.len; j++) {
            const IrInstr *in = VEC_AT(&b->instrs, j);
            if (in->op != IR_CALL && in->op != IR_CALL_IND)
                continue;
            const CallLayout *l = abi_layout(in->sig);
            if (l->stack_words > *stack_words)
                *stack_words = l->stack_words;
            if (l->sret && l->nresults > *result_words)
                *result_words = l->nresults;
        }
    }
}

static int place_slots(Frame *fr, const IrFunc *f, int off) {
    fr->slot_offset = arena_alloc(sizeof(int) * (size_t)(f->slots.len + 1));
    for (int i = 0; i < f->slots.len; i++) {
        const IrSlot *s = VEC_AT(&f->slots, i);
        int align = s->align > 0 ? s->align : 1;
        if (align > STACK_ALIGN || (align & (align - 1)) != 0 || s->size < 0)
            unreachable();   // Go types align to at most 8
        off = align_up(off + s->size, align);
        fr->slot_offset[i] = off;
    }
    return off;
}

Frame *frame_layout(const IrFunc *f) {
    Frame *fr = NEW(Frame);
    int stack_words = 0, result_words = 0;
    fr->nvregs = f->nvregs;
    int off = WORD * f->nvregs;
    if (abi_layout(f->sig)->sret) {
        off += WORD;
        fr->sret_offset = off;
    }
    off = place_slots(fr, f, off);
    scan_calls(f, &stack_words, &result_words);
    if (result_words > 0) {
        off = align_up(off, WORD) + WORD * result_words;
        fr->result_offset = off;
    }
    fr->outgoing_words = stack_words;
    fr->size = align_up(off + WORD * stack_words, STACK_ALIGN);
    return fr;
}

const char *frame_vreg(const Frame *fr, VReg v) {
    if (v < 1 || v > fr->nvregs)
        unreachable();
    return arena_printf("[rbp-%d]", WORD * v);
}

// frame_describe is the frame map shown in the function header, one line per
// item, so a reader can name every [rbp-N] in the listing.
const char *frame_describe(const IrFunc *f, const Frame *fr) {
    Buf b = {0};
    buf_printf(&b, "frame %d bytes", fr->size);
    if (f->nvregs == 1)
        buf_printf(&b, "; v1 at [rbp-8]");
    else if (f->nvregs > 1)
        buf_printf(&b, "; v1..v%d at [rbp-8*N]", f->nvregs);
    if (fr->sret_offset)
        buf_printf(&b, "\nhidden result pointer at [rbp-%d]", fr->sret_offset);
    for (int i = 0; i < f->slots.len; i++) {
        const IrSlot *s = VEC_AT(&f->slots, i);
        buf_printf(&b, "\nslot %d %s at [rbp-%d], %d bytes", i, s->name ? s->name : "tmp",
                   fr->slot_offset[i], s->size);
    }
    if (fr->result_offset)
        buf_printf(&b, "\ncall results arrive at [rbp-%d]", fr->result_offset);
    if (fr->outgoing_words)
        buf_printf(&b, "\n%d outgoing stack argument words at [rsp]", fr->outgoing_words);
    return buf_cstr(&b);
}
