// location.c: the amd64 registers, where each virtual register lives (its
// Loc, chosen by regalloc.c), and the moves between locations that every
// instruction selector is built from.
//
// With every vreg in a stack slot (-N) the helpers reduce to gc -N's shapes:
//     use_reg(v, rax)      mov rax, [rbp-8*v]
//     store_result(d, rax) mov [rbp-8*d], rax
// and with vregs in registers they disappear when source and destination agree.
#include "internal.h"

#include <string.h>

static const char *const NAMES64[] = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                      "r8",  "r9",  "r10", "r11", "r12", "r13", "r14", "r15"};
static const char *const NAMES32[] = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
                                      "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d",
                                      "r15d"};
static const char *const NAMES16[] = {"ax",  "cx",  "dx",   "bx",   "sp",   "bp",   "si",  "di",
                                      "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w",
                                      "r15w"};
static const char *const NAMES8[] = {"al",  "cl",  "dl",   "bl",   "spl",  "bpl",  "sil", "dil",
                                     "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b",
                                     "r15b"};
static const char *const XMM_NAMES[] = {"xmm0", "xmm1", "xmm2",  "xmm3",  "xmm4",  "xmm5",
                                        "xmm6", "xmm7", "xmm8",  "xmm9",  "xmm10", "xmm11",
                                        "xmm12", "xmm13", "xmm14", "xmm15"};

Loc loc_reg(Reg r) { return (Loc){.kind = LOC_REG, .reg = r}; }
Loc loc_mem(const char *addr) { return (Loc){.kind = LOC_MEM, .reg = NO_REG, .mem = addr}; }
Loc loc_imm(int64_t imm) { return (Loc){.kind = LOC_IMM, .reg = NO_REG, .imm = imm}; }

bool reg_is_float(Reg r) { return r >= XMM0 && r <= XMM15; }
bool reg_callee_saved(Reg r) { return r == RBX || (r >= R12 && r <= R15); }
bool fits_imm32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

const char *reg_name(Reg r, int width) {
    if (reg_is_float(r))
        return XMM_NAMES[r - XMM0];
    if (r < RAX || r > R15)
        unreachable();
    switch (width) {
    case 1: return NAMES8[r];
    case 2: return NAMES16[r];
    case 4: return NAMES32[r];
    case 8: return NAMES64[r];
    }
    unreachable();
}

Reg reg_named(const char *name) {
    for (int r = RAX; r <= R15; r++)
        if (strcmp(NAMES64[r], name) == 0)
            return (Reg)r;
    for (int r = XMM0; r <= XMM15; r++)
        if (strcmp(XMM_NAMES[r - XMM0], name) == 0)
            return (Reg)r;
    unreachable();
}

// ---- Operands of a vreg ---------------------------------------------------------

Loc vloc(FuncGen *g, VReg v) {
    if (v < 1 || v > g->f->nvregs)
        unreachable();
    Loc l = g->al->locs[v];
    if (l.kind == LOC_NONE)
        unreachable();   // regalloc gives every vreg that is read a place
    return l;
}

Reg vreg_reg(FuncGen *g, VReg v) {
    Loc l = vloc(g, v);
    return l.kind == LOC_REG ? l.reg : NO_REG;
}

bool vreg_imm(FuncGen *g, VReg v, int64_t *imm) {
    Loc l = vloc(g, v);
    if (l.kind == LOC_IMM)
        *imm = l.imm;
    return l.kind == LOC_IMM;
}

static const char *loc_text(Loc l) {
    switch (l.kind) {
    case LOC_REG: return reg_name(l.reg, 8);
    case LOC_MEM: return l.mem;
    case LOC_IMM: return arena_printf("%lld", (long long)l.imm);
    case LOC_NONE: break;
    }
    unreachable();
}

const char *operand(FuncGen *g, VReg v) { return loc_text(vloc(g, v)); }

// sized_operand spells the width out for memory and immediates, where NASM
// cannot infer it from a register.
const char *sized_operand(FuncGen *g, VReg v, int width) {
    Loc l = vloc(g, v);
    if (l.kind == LOC_REG)
        return reg_name(l.reg, width);
    static const char *const words[] = {[1] = "byte", [2] = "word", [4] = "dword", [8] = "qword"};
    return arena_printf("%s %s", words[width], loc_text(l));
}

// ---- Moves ----------------------------------------------------------------------

static bool same_reg(Loc a, Loc b) { return a.kind == LOC_REG && b.kind == LOC_REG && a.reg == b.reg; }

// move_to_reg: dst is a register. Integer zero is `xor r32, r32`; float
// register to float register is movaps (the whole register, no merge).
static void move_to_reg(FuncGen *g, Reg dst, Loc src, const char *comment) {
    const char *d = reg_name(dst, 8);
    bool fdst = reg_is_float(dst);
    if (src.kind == LOC_IMM && fdst)
        unreachable();
    if (src.kind == LOC_IMM && src.imm == 0 && g->opt)
        emit_insc(g->e, comment, "xor", "%s, %s", reg_name(dst, 4), reg_name(dst, 4));
    else if (src.kind == LOC_REG && fdst && reg_is_float(src.reg))
        emit_insc(g->e, comment, "movaps", "%s, %s", d, loc_text(src));
    else if (src.kind == LOC_REG && fdst != reg_is_float(src.reg))
        emit_insc(g->e, comment, "movq", "%s, %s", d, loc_text(src));
    else
        emit_insc(g->e, comment, fdst ? "movsd" : "mov", "%s, %s", d, loc_text(src));
}

// emit_move_via writes dst = src for one word; a memory-to-memory move goes
// through scratch (an integer register: float bits travel unchanged).
void emit_move_via(FuncGen *g, Loc dst, Loc src, const char *comment, Reg scratch) {
    if (same_reg(dst, src))
        return;
    if (dst.kind == LOC_REG) {
        move_to_reg(g, dst.reg, src, comment);
        return;
    }
    if (dst.kind != LOC_MEM)
        unreachable();
    switch (src.kind) {
    case LOC_REG:
        emit_insc(g->e, comment, reg_is_float(src.reg) ? "movsd" : "mov", "%s, %s", dst.mem,
                  reg_name(src.reg, 8));
        return;
    case LOC_IMM:
        emit_insc(g->e, comment, "mov", "qword %s, %lld", dst.mem, (long long)src.imm);
        return;
    case LOC_MEM:
        emit_insc(g->e, comment, "mov", "%s, %s", reg_name(scratch, 8), src.mem);
        emit_ins(g->e, "mov", "%s, %s", dst.mem, reg_name(scratch, 8));
        return;
    case LOC_NONE:
        break;
    }
    unreachable();
}

void emit_move(FuncGen *g, Loc dst, Loc src, const char *comment) {
    emit_move_via(g, dst, src, comment, RAX);
}

Reg use_reg(FuncGen *g, VReg v, Reg scratch) {
    Reg r = vreg_reg(g, v);
    if (r != NO_REG)
        return r;
    emit_move(g, loc_reg(scratch), vloc(g, v), NULL);
    return scratch;
}

Reg def_reg(FuncGen *g, VReg v, Reg scratch) {
    Reg r = vreg_reg(g, v);
    return r != NO_REG ? r : scratch;
}

void store_result(FuncGen *g, VReg v, Reg r) { emit_move(g, vloc(g, v), loc_reg(r), NULL); }

// ---- Floats ---------------------------------------------------------------------
//
// A float32 in memory is the low 4 bytes of its slot, moved with movss; in a
// register, both flavours move with movaps.

static const char *fmov(bool is32) { return is32 ? "movss" : "movsd"; }

void load_float(FuncGen *g, Reg r, VReg v, bool is32) {
    Loc l = vloc(g, v);
    if (l.kind == LOC_MEM)
        emit_ins(g->e, fmov(is32), "%s, %s", reg_name(r, 8), l.mem);
    else
        emit_move(g, loc_reg(r), l, NULL);
}

void store_float(FuncGen *g, VReg v, Reg r, bool is32) {
    Loc l = vloc(g, v);
    if (l.kind == LOC_MEM)
        emit_ins(g->e, fmov(is32), "%s, %s", l.mem, reg_name(r, 8));
    else
        emit_move(g, l, loc_reg(r), NULL);
}
