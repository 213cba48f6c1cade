// internal.h: what inline/'s files share.
#ifndef MGC_INLINE_INTERNAL_H
#define MGC_INLINE_INTERNAL_H

#include "inline.h"

// Defs indexes a function's definitions: which registers are defined once,
// and by what (devirt.c). inl_defs builds it once per walk of a function; the
// registers splices add later are left unknown.
typedef struct Defs {
    int nvregs;             // the function's register count when indexed
    int *count;             // definitions of each register
    IrInstr **def;          // the definition, when there is one
    Vec stores;             // IrInstr*: every IR_STORE of the function
} Defs;

Defs *inl_defs(IrFunc *f, Defs *old);

// inl_static_code is the function symbol an indirect call's code register
// holds whatever path led to the call, or NULL (devirt.c).
const char *inl_static_code(IrModule *m, Defs *d, VReg code);

#endif
