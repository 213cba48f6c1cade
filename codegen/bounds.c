// bounds.c: run-time bounds checks (Go spec: Index expressions; = gc's
// OpIsInBounds lowered with panicIndex).
#include "lower.h"

// gen_index_check panics unless 0 <= index < len; one unsigned compare covers
// both ends, as gc's does:
//     if uint64(index) >= uint64(len) { panicIndex(index, len) }
// (panicIndexU when the index's type is unsigned, so a huge index prints as
// the unsigned number it is).
void gen_index_check(Gen *g, VReg index, VReg len, Type *index_type) {
    IrBlock *fail = new_block(g, "index.fail");
    IrBlock *ok = new_block(g, "index.ok");
    emit_branch(g, emit_cmp(g, COND_GE, index, len, false), fail, ok);
    g->b = fail;
    Value args[2] = {{1, {index}}, {1, {len}}};
    int words[2] = {1, 1};
    const char *fn = is_unsigned(index_type) ? "runtime.panicIndexU" : "runtime.panicIndex";
    emit_noreturn_call(g, fn, runtime_sig(2, words, 0), args, 2);
    g->b = ok;
}
