// internal.h: what the passes of opt/ share (cfg.c, ssautil.c): the control-flow
// graph with its dominator tree and frontiers, the operands of an instruction,
// and def/use facts about SSA values. Not part of the optimizer's contract
// (that is opt.h).
#ifndef MGC_OPT_INTERNAL_H
#define MGC_OPT_INTERNAL_H

#include "opt.h"

// ---- Control flow (cfg.c) ---------------------------------------------------------

// BlockInfo is what the graph knows about one block, indexed by IrBlock.id.
typedef struct BlockInfo {
    IrBlock *succ[2];   // 0, 1 or 2 successors (target, target2 of the terminator)
    int nsucc;
    int succ_pred[2];   // this block's index in each successor's pred[]
    IrBlock **pred;     // predecessors, in block order (each at most once)
    int npred;
    int rpo;            // position in reverse postorder
    IrBlock *idom;      // immediate dominator (the entry's is itself)
    Vec kids;           // IrBlock*: dominator-tree children
    int pre, post;      // dominator-tree DFS numbers: a dominates b iff
                        // pre[a] <= pre[b] && post[b] <= post[a]
    Vec df;             // IrBlock*: dominance frontier (cfg_frontiers)
} BlockInfo;

typedef struct Cfg {
    IrFunc *f;
    int n;              // blocks
    BlockInfo *bi;      // n entries
    IrBlock **rpo;      // the blocks in reverse postorder (entry first)
} Cfg;

// cfg_build drops unreachable blocks (renumbering the rest), fixes the phis
// of the blocks whose predecessors changed, and computes the graph with its
// dominator tree. A branch whose two targets are the same block becomes a jmp
// first, so each predecessor appears once.
Cfg *cfg_build(IrFunc *f);
void cfg_frontiers(Cfg *g);                       // fills bi[].df
bool cfg_dominates(const Cfg *g, const IrBlock *a, const IrBlock *b);
int cfg_pred_index(const Cfg *g, const IrBlock *b, const IrBlock *pred);  // -1 if none

// The successors of a block, from its terminator (0 for ret and noreturn calls).
int block_succs(const IrBlock *b, IrBlock *out[2]);
IrInstr *block_terminator(const IrBlock *b);      // NULL when b has none

// ---- Operands (ssautil.c) ---------------------------------------------------------

// An instruction reads a, b, idx, args[] and the address of its memory
// operand (mem->a, mem->idx) (0 = unused) and writes dst, or
// results[] for calls.
int instr_nuses(const IrInstr *in);
VReg *instr_use(IrInstr *in, int i);              // may point at a 0
int instr_ndefs(const IrInstr *in);
VReg *instr_def(IrInstr *in, int i);
bool instr_is_pure(const IrInstr *in);            // no effect but its dst; never faults
bool is_nilcheck(const IrInstr *in, const int *uses);  // width-1 load, result unused

// Def is where an SSA value is defined (in NULL: a parameter or the context).
typedef struct Def {
    IrInstr *in;
    IrBlock *block;
    int index;          // position in block->instrs
} Def;

// SsaInfo: for each vreg 1..nvregs its definition and how many reads it has.
typedef struct SsaInfo {
    Def *defs;
    int *uses;
} SsaInfo;

SsaInfo *ssa_info(IrFunc *f);
IrInstr *def_of(const SsaInfo *s, VReg v);        // NULL for params or undefined
int frame_slot(const SsaInfo *s, VReg v);         // the slot v is the address of, or -1
// slots_escaped: per slot, true if its address is used other than as the base
// of a load or store (passed, stored, offset by arithmetic).
bool *slots_escaped(IrFunc *f, const SsaInfo *s);

// resolve follows repl[] (a replacement map, 0 = keep) to its end.
VReg resolve(VReg *repl, VReg v);
// replace_uses rewrites every read in f through repl[].
void replace_uses(IrFunc *f, VReg *repl);
// delete_instr marks an instruction for removal (it becomes a no-op at once);
// remove_deleted then drops the marked ones from every block.
void delete_instr(IrInstr *in);
bool is_deleted(const IrInstr *in);
void remove_deleted(IrFunc *f);

// phis_first moves each block's phis in front of its other instructions.
void phis_first(IrFunc *f);

// ---- The passes, in pipeline order ----------------------------------------------

void opt_intrinsic(IrFunc *f);
void opt_ssa(IrFunc *f);
void opt_copyprop(IrFunc *f);
void opt_shortcircuit(IrFunc *f);
void opt_sccp(IrFunc *f);
void opt_cse(IrFunc *f);
void opt_stackalloc(IrFunc *f);
void opt_deadstore(IrFunc *f);
void opt_nilcheck(IrFunc *f);
void opt_wordclass(IrFunc *f);
void opt_storeload(IrFunc *f);
void opt_prove(IrFunc *f);
void opt_addrmode(IrFunc *f);
void opt_loadop(IrFunc *f);
void opt_dce(IrFunc *f);
void opt_unssa(IrFunc *f);
void opt_branch(IrFunc *f);

#endif
