// stackalloc.c: allocations that inlining shows to stay in the function
// move into its frame. Escape analysis (escape/) decides each function on
// its own, before the inliner copies callees into callers, so a small
// constructor's `return &T{...}` escapes in the callee; copied into a
// caller that only reads the object, it need not (gc, which inlines first,
// decides it there). The rule, on SSA values: an allocation
//     p = call runtime.newobject(type.T)      (or convT16/32/64/string/slice(v))
// whose pointer (and every p + i derived from it) is only the address of
// loads and stores, or compared, is never stored, passed, returned or
// merged by a phi: nothing but this function reaches the object, and no
// second object made by a later loop iteration is alive with it. It becomes
//     p = frameaddr slotN ; store [p+0..size) = 0    (newobject: zeroed)
//     p = frameaddr slotN ; store [p] = v            (convT64(v): the box)
// Objects over 256 bytes stay on the heap (the clearing would cost more).
#include "internal.h"

#include <string.h>

enum { MAX_STACK_ALLOC = 256 };

typedef struct Users {
    Vec *of;            // of[v]: IrInstr* reading v
} Users;

static Users users_of(IrFunc *f) {
    Users u = {arena_alloc(sizeof(Vec) * (size_t)(f->nvregs + 1))};
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            for (int n = 0; n < instr_nuses(in); n++) {
                VReg v = *instr_use(in, n);
                if (v > 0 && v <= f->nvregs)
                    vec_push(&u.of[v], in);
            }
        }
    }
    return u;
}

// stays_local: every read of p (and of pointers derived from it) only
// addresses memory or compares it.
static bool stays_local(Users *u, VReg p, int depth) {
    if (depth > 8)
        return false;
    Vec *readers = &u->of[p];
    for (int i = 0; i < readers->len; i++) {
        IrInstr *in = readers->items[i];
        switch (in->op) {
        case IR_LOAD:
            if (in->a != p)
                return false;
            break;
        case IR_STORE:
            if (in->a != p || in->b == p)
                return false;  // storing p itself lets it out
            break;
        case IR_CMP: break;
        case IR_CALL:  // an argument the callee keeps nothing of (escape/'s tags)
            for (int a = 0; a < in->nargs; a++)
                if (in->args[a] == p && (a >= 64 || !((in->noescape_args >> a) & 1)))
                    return false;
            break;
        case IR_ADD:
        case IR_MOV:
            if ((in->op == IR_ADD && in->a == p && in->b == p) || !stays_local(u, in->dst, depth + 1))
                return false;
            break;
        default: return false;  // a call, a phi, a return, arithmetic...
        }
    }
    return true;
}

static bool is_box(const char *sym) {
    return strcmp(sym, "runtime.convT16") == 0 || strcmp(sym, "runtime.convT32") == 0 ||
           strcmp(sym, "runtime.convT64") == 0 || strcmp(sym, "runtime.convTstring") == 0 ||
           strcmp(sym, "runtime.convTslice") == 0;
}

static IrInstr *new_instr(IrOp op, const IrInstr *like) {
    IrInstr *in = NEW(IrInstr);
    in->op = op;
    in->pos = like->pos;
    in->inl = like->inl;
    return in;
}

static void store(Vec *out, const IrInstr *like, VReg p, int64_t off, VReg v, int width) {
    IrInstr *st = new_instr(IR_STORE, like);
    st->a = p;
    st->imm = off;
    st->b = v;
    st->width = width;
    vec_push(out, st);
}

// to_frame appends the replacement of the allocation call to out.
static void to_frame(IrFunc *f, IrInstr *call, Vec *out) {
    int size = call->alloc_size;
    IrInstr *note = new_instr(IR_COMMENT, call);  // -annotate=lower shows it
    note->text = arena_printf("%s moved into the frame: after inlining its pointer stays in this "
                              "function (opt/stackalloc.c)", call->sym);
    vec_push(out, note);
    IrInstr *addr = new_instr(IR_FRAME_ADDR, call);
    addr->dst = call->results[0];
    addr->slot = ir_new_slot(f, size, 8, "tmp (kept by inlining)");
    addr->text = call->text;
    vec_push(out, addr);
    VReg p = addr->dst;
    if (is_box(call->sym)) {  // the boxed words, as convT* would copy them
        int words = size < 8 ? 1 : size / 8;
        for (int w = 0; w < words && w < call->nargs; w++)
            store(out, call, p, 8 * w, call->args[w], size < 8 ? size : 8);
        return;
    }
    IrInstr *zero = new_instr(IR_CONST, call);
    zero->dst = ir_new_vreg(f, CLASS_INT);
    vec_push(out, zero);
    int off = 0;
    for (int width = 8; width >= 1; width /= 2)
        for (; off + width <= size; off += width)
            store(out, call, p, off, zero->dst, width);
}

static bool movable(Users *u, IrInstr *in) {
    if (in->op != IR_CALL || in->alloc_size <= 0 || in->alloc_size > MAX_STACK_ALLOC || in->nresults != 1 || !in->sym)
        return false;
    if (strcmp(in->sym, "runtime.newobject") != 0 && !is_box(in->sym))
        return false;
    return stays_local(u, in->results[0], 0);
}

void opt_stackalloc(IrFunc *f) {
    Users u = users_of(f);
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        Vec out = {0};
        bool changed = false;
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (movable(&u, in)) {
                to_frame(f, in, &out);
                changed = true;
            } else {
                vec_push(&out, in);
            }
        }
        if (changed)
            b->instrs = out;
    }
}
