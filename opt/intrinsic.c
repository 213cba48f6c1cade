// intrinsic.c: library calls that are one instruction (= gc's ssagen
// intrinsics, which replace math.Sqrt by SQRTSD when it builds SSA). A call
// to math.Sqrt becomes the pure operation fsqrt: no call, nothing spilled
// around it (every xmm register is the caller's to save), and later passes
// may move or share it like any arithmetic.
//
//     before                              after
//     v9 = call math.Sqrt(v8)             v9 = fsqrt v8
//
// -N runs no pass, so its code keeps the call.
#include "internal.h"

#include <string.h>

// float_call_to: a static call to sym with one float argument word and one
// float result word.
static bool float_call_to(const IrFunc *f, const IrInstr *in, const char *sym) {
    return in->op == IR_CALL && strcmp(in->sym, sym) == 0 && in->nargs == 1 &&
           in->nresults == 1 && in->args[0] && in->results[0] &&
           f->classes[in->args[0]] == CLASS_FLOAT && f->classes[in->results[0]] == CLASS_FLOAT;
}

void opt_intrinsic(IrFunc *f) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = VEC_AT(&f->blocks, i);
        for (int k = 0; k < b->instrs.len; k++) {
            IrInstr *in = VEC_AT(&b->instrs, k);
            if (!float_call_to(f, in, "math.Sqrt"))
                continue;
            VReg x = in->args[0], r = in->results[0];
            *in = (IrInstr){.op = IR_FSQRT, .dst = r, .a = x, .inl = in->inl, .pos = in->pos};
        }
    }
}
