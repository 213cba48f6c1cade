// parmove.c: a parallel move, dst[i] = src[i] for every i "at once", as the
// argument registers at a call and the parameters in the prologue need: a
// source may itself be a destination (f(b, a) with a in rdi and b in rsi).
//
//   first every move into memory (it overwrites nothing a move reads), then
//   repeat
//     emit, in order, a move whose destination no pending move still reads
//     if every pending move is blocked, the rest are cycles:
//         rax = a blocked destination; pending moves read rax instead
//
// When no source is a register (-N), the moves come out in their given order.
#include "internal.h"

static bool reads_reg(const Move *m, Reg r) { return m->src.kind == LOC_REG && m->src.reg == r; }

// blocked: moves[i] would overwrite a register another pending move reads.
static bool blocked(const Move *moves, const bool *done, int n, int i) {
    if (moves[i].dst.kind != LOC_REG)
        return false;
    for (int j = 0; j < n; j++)
        if (j != i && !done[j] && reads_reg(&moves[j], moves[i].dst.reg))
            return true;
    return false;
}

// emit_ready emits the first pending move that is not blocked.
static bool emit_ready(FuncGen *g, Move *moves, bool *done, int n) {
    for (int i = 0; i < n; i++) {
        if (done[i] || blocked(moves, done, n, i))
            continue;
        emit_move(g, moves[i].dst, moves[i].src, moves[i].comment);
        done[i] = true;
        return true;
    }
    return false;
}

// break_cycle saves the destination of the first pending move in rax, which
// no parameter or argument uses, and redirects its readers there.
static void break_cycle(FuncGen *g, Move *moves, const bool *done, int n) {
    for (int i = 0; i < n; i++) {
        if (done[i])
            continue;
        Reg r = moves[i].dst.reg;
        emit_move(g, loc_reg(RAX), loc_reg(r), "parallel move cycle");
        for (int j = 0; j < n; j++)
            if (!done[j] && reads_reg(&moves[j], r))
                moves[j].src = loc_reg(RAX);
        return;
    }
    unreachable();
}

void emit_parallel_move(FuncGen *g, Move *moves, int n) {
    bool *done = arena_alloc(sizeof(bool) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        done[i] = moves[i].dst.kind == LOC_REG && reads_reg(&moves[i], moves[i].dst.reg);
    for (int i = 0; i < n; i++)
        if (moves[i].dst.kind != LOC_REG) {   // memory <- memory goes through rax
            emit_move(g, moves[i].dst, moves[i].src, moves[i].comment);
            done[i] = true;
        }
    for (int left = n; left > 0;) {
        left = 0;
        for (int i = 0; i < n; i++)
            left += !done[i];
        if (left == 0)
            break;
        if (!emit_ready(g, moves, done, n))
            break_cycle(g, moves, done, n);
    }
}
