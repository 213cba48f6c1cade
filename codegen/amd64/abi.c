// abi.c: where each parameter and result word lives at a call (docs/ABI.md).
//
// The rules are the System V AMD64 ones for the equivalent C struct, with every
// Go scalar in its own 8-byte word (ir.h):
//
//   - a parameter of at most 2 words goes in registers when enough of both
//     classes remain: integer words in rdi, rsi, rdx, rcx, r8, r9, float words
//     in xmm0-xmm7; otherwise all its words go on the stack;
//   - a parameter of more than 2 words always goes on the stack;
//   - stack words are pushed in parameter order, 8 bytes each, the first at
//     [rsp] when the call instruction executes;
//   - results, taken together as one struct: at most 2 words come back in
//     rax, rdx (integer) and xmm0, xmm1 (float), each class in order; more are
//     written by the callee through a hidden pointer passed in rdi (taking the
//     first integer register) and returned in rax.
#include "internal.h"

#include <string.h>

static const char *const INT_ARG_REGS[] = {"rdi", "rsi", "rdx", "rcx", "r8", "r9"};
static const char *const FLOAT_ARG_REGS[] = {"xmm0", "xmm1", "xmm2", "xmm3",
                                             "xmm4", "xmm5", "xmm6", "xmm7"};
static const char *const INT_RESULT_REGS[] = {"rax", "rdx"};
static const char *const FLOAT_RESULT_REGS[] = {"xmm0", "xmm1"};

enum { NINT_ARG_REGS = 6, NFLOAT_ARG_REGS = 8, MAX_REG_WORDS = 2 };

static int count_class(const IrParam *p, RegClass cls) {
    int n = 0;
    for (int k = 0; k < p->nwords; k++)
        n += p->classes[k] == cls;
    return n;
}

static void layout_params(CallLayout *l, const IrSig *sig, int ints) {
    int floats = 0, w = 0;
    l->nargs = irsig_param_words(sig);
    l->args = arena_alloc(sizeof(WordLoc) * (size_t)(l->nargs + 1));
    for (int i = 0; i < sig->nparams; i++) {
        const IrParam *p = &sig->params[i];
        int nint = count_class(p, CLASS_INT), nfloat = count_class(p, CLASS_FLOAT);
        bool in_regs = p->nwords <= MAX_REG_WORDS && ints + nint <= NINT_ARG_REGS &&
                       floats + nfloat <= NFLOAT_ARG_REGS;
        for (int k = 0; k < p->nwords; k++) {
            WordLoc *loc = &l->args[w++];
            loc->cls = p->classes[k];
            if (!in_regs)
                loc->stack_index = l->stack_words++;
            else if (loc->cls == CLASS_INT)
                loc->reg = INT_ARG_REGS[ints++];
            else
                loc->reg = FLOAT_ARG_REGS[floats++];
        }
    }
}

static void layout_results(CallLayout *l, const IrSig *sig) {
    int ints = 0, floats = 0, w = 0;
    l->nresults = irsig_result_words(sig);
    l->results = arena_alloc(sizeof(WordLoc) * (size_t)(l->nresults + 1));
    l->sret = l->nresults > MAX_REG_WORDS;
    for (int i = 0; i < sig->nresults; i++) {
        const IrParam *p = &sig->results[i];
        for (int k = 0; k < p->nwords; k++, w++) {
            WordLoc *loc = &l->results[w];
            loc->cls = p->classes[k];
            if (l->sret)
                loc->stack_index = w;
            else if (loc->cls == CLASS_INT)
                loc->reg = INT_RESULT_REGS[ints++];
            else
                loc->reg = FLOAT_RESULT_REGS[floats++];
        }
    }
}

CallLayout *abi_layout(const IrSig *sig) {
    CallLayout *l = NEW(CallLayout);
    if (!sig)
        unreachable();
    layout_results(l, sig);
    layout_params(l, sig, l->sret ? 1 : 0);   // the hidden pointer takes rdi
    return l;
}

bool call_preserves_registers(const IrInstr *in) {
    return in->op == IR_CALL && strcmp(in->sym, "runtime.wrapperprologue") == 0;
}
