// frame.c: the stack frame of a compiled function (docs/ABI.md, "Frames").
//
// Under -N, like gc -N, every virtual register lives in its own 8-byte stack
// slot; optimized, only the ones regalloc.c spilled do, after the callee-saved
// registers the function uses:
//
//   [rbp+16+8k]        incoming stack-argument word k
//   [rbp+8]            return address
//   [rbp]              caller's rbp                      <- rbp (16-byte aligned)
//   [rbp-8*i]          callee-saved register i, saved by the prologue (optimized)
//   [rbp-vreg_offset]  each spilled virtual register (-N: vN at [rbp-8*N])
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

// place_vregs gives the saved registers, then each spilled vreg in order, a
// word, and tells the allocation where its spilled vregs are.
static int place_vregs(Frame *fr, const IrFunc *f, Alloc *al) {
    int off = 0;
    fr->saved_offset = arena_alloc(sizeof(int) * 5);
    for (int i = 0; i < al->nsaved; i++)
        fr->saved_offset[i] = off += WORD;
    fr->vreg_offset = arena_alloc(sizeof(int) * (size_t)(f->nvregs + 1));
    for (VReg v = 1; v <= f->nvregs; v++)
        if (al->locs[v].kind == LOC_MEM) {
            fr->vreg_offset[v] = off += WORD;
            al->locs[v].mem = arena_printf("[rbp-%d]", off);
        }
    return off;
}

Frame *frame_layout(const IrFunc *f, Alloc *al) {
    Frame *fr = NEW(Frame);
    int stack_words = 0, result_words = 0;
    fr->nvregs = f->nvregs;
    int off = place_vregs(fr, f, al);
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
    if (v < 1 || v > fr->nvregs || fr->vreg_offset[v] == 0)
        unreachable();
    return arena_printf("[rbp-%d]", fr->vreg_offset[v]);
}

// all_in_slots: -N's frame, where vN is at [rbp-8*N].
static bool all_in_slots(const IrFunc *f, const Alloc *al) {
    for (VReg v = 1; v <= f->nvregs; v++)
        if (al->locs[v].kind != LOC_MEM)
            return false;
    return al->nsaved == 0;
}

// describe_locs lists where each vreg lives, a few to a line:
//     v1 in rdi, v2 in rbx, v3 at [rbp-16], v4 = 42, ...
static void describe_locs(Buf *b, const IrFunc *f, const Frame *fr, const Alloc *al) {
    for (int i = 0; i < al->nsaved; i++)
        buf_printf(b, "%s%s saved at [rbp-%d]", i ? ", " : "\n",
                   reg_name(al->saved[i], 8), fr->saved_offset[i]);
    int on_line = 0;
    for (VReg v = 1; v <= f->nvregs; v++) {
        Loc l = al->locs[v];
        if (l.kind == LOC_NONE)
            continue;
        buf_puts(b, on_line == 0 ? "\n" : ", ");
        on_line = (on_line + 1) % 8;
        if (l.kind == LOC_REG)
            buf_printf(b, "v%d in %s", v, reg_name(l.reg, 8));
        else if (l.kind == LOC_MEM)
            buf_printf(b, "v%d at %s", v, l.mem);
        else
            buf_printf(b, "v%d = %lld", v, (long long)l.imm);
    }
}

// frame_describe is the frame map shown in the function header, one line per
// item, so a reader can name every register and [rbp-N] in the listing.
const char *frame_describe(const IrFunc *f, const Frame *fr, const Alloc *al) {
    Buf b = {0};
    buf_printf(&b, "frame %d bytes", fr->size);
    if (!all_in_slots(f, al))
        describe_locs(&b, f, fr, al);
    else if (f->nvregs == 1)
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
