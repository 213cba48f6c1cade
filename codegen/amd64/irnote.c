// irnote.c: the one-line IR text that -annotate=lower puts after the first
// machine instruction of each IR instruction: "v7 = add v5, v6". It uses
// ir_op_name for the operation, so it reads like `mgc dump -phase=lower`.
#include "internal.h"

static void put_vregs(Buf *b, const VReg *v, int n) {
    for (int i = 0; i < n; i++)
        buf_printf(b, "%sv%d", i ? ", " : "", v[i]);
}

static const char *cond_name(Cond c) {
    static const char *const names[] = {"eq", "ne", "lt", "le", "gt", "ge"};
    return names[c];
}

// suffix shows the flags that change an operation's meaning.
static const char *suffix(const IrInstr *in) {
    switch (in->op) {
    case IR_LOAD: case IR_STORE: case IR_EXT:
        return arena_printf(".%s%d", in->op == IR_STORE ? "" : in->sign ? "s" : "u",
                            8 * in->width);
    case IR_DIV: case IR_REM:
        return in->sign ? ".s" : ".u";
    case IR_ITOF: case IR_FTOI:
        return arena_printf("%s%s", in->sign ? ".s" : ".u", in->is32 ? ".f32" : "");
    case IR_FADD: case IR_FSUB: case IR_FMUL: case IR_FDIV: case IR_FNEG: case IR_FTOF:
    case IR_FCONST:
        return in->is32 ? ".f32" : "";
    case IR_CMP:
        return arena_printf(".%s%s", cond_name(in->cond), in->sign ? ".s" : ".u");
    case IR_FCMP:
        return arena_printf(".%s%s", cond_name(in->cond), in->is32 ? ".f32" : "");
    default:
        return "";
    }
}

static void put_operands(Buf *b, const IrInstr *in) {
    switch (in->op) {
    case IR_CONST:      buf_printf(b, " %lld", (long long)in->imm); break;
    case IR_FCONST:     buf_printf(b, " %.17g", in->fimm); break;
    case IR_ADDR:       buf_printf(b, " %s%+lld", in->sym, (long long)in->imm); break;
    case IR_FRAME_ADDR: buf_printf(b, " slot%d%+lld", in->slot, (long long)in->imm); break;
    case IR_LOAD:       buf_printf(b, " [v%d%+lld]", in->a, (long long)in->imm); break;
    case IR_STORE:      buf_printf(b, " [v%d%+lld], v%d", in->a, (long long)in->imm, in->b); break;
    case IR_CALL:       buf_printf(b, " %s(", in->sym); put_vregs(b, in->args, in->nargs);
                        buf_putc(b, ')'); break;
    case IR_CALL_IND:   buf_printf(b, " v%d(", in->a); put_vregs(b, in->args, in->nargs);
                        buf_putc(b, ')'); break;
    case IR_RET:        buf_putc(b, ' '); put_vregs(b, in->args, in->nargs); break;
    case IR_JMP:        buf_printf(b, " %s", block_label(in->target)); break;
    case IR_BRANCH:     buf_printf(b, " v%d, %s, %s", in->a, block_label(in->target),
                                   block_label(in->target2)); break;
    default:
        if (in->a)
            buf_printf(b, " v%d", in->a);
        if (in->b)
            buf_printf(b, ", v%d", in->b);
    }
}

const char *ir_note(const IrInstr *in) {
    Buf b = {0};
    if (in->op == IR_CALL || in->op == IR_CALL_IND) {
        put_vregs(&b, in->results, in->nresults);
        if (in->nresults)
            buf_puts(&b, " = ");
    } else if (in->dst) {
        buf_printf(&b, "v%d = ", in->dst);
    }
    buf_printf(&b, "%s%s", ir_op_name(in->op), suffix(in));
    put_operands(&b, in);
    return buf_cstr(&b);
}
