// type.h: the type descriptors the compiler emits, as the runtime reads them
// (= rt/type.go; GO119-INTERNALS.md §1). Keep in sync with codegen/typedata.c,
// which writes them (and docs/LOWERING.md, "Type descriptors").
//
// One difference from gc: the 4-byte nameOff/typeOff/textOff fields hold
// absolute addresses (programs are linked -no-pie, so every address fits in
// 32 bits), not offsets from the module's types or text section. resolve_off
// turns one into a pointer; 0 is "none".
#ifndef MGC_TYPE_H
#define MGC_TYPE_H

#include "runtime.h"

// The _type header is in runtime.h. Its tflag and kind bits:
enum {
    tflagUncommon = 1 << 0,       // an uncommontype follows the kind-specific part
    tflagExtraStar = 1 << 1,      // str is "*T": drop the '*' for T's own name
    tflagNamed = 1 << 2,
    tflagRegularMemory = 1 << 3,  // == and hash may treat the value as plain bytes
    kindMask = (1 << 5) - 1,
    kindDirectIface = 1 << 5,     // an interface holds the value itself
    kindGCProg = 1 << 6,
};

// Kinds (rt/typekind.go).
enum {
    kindBool = 1, kindInt, kindInt8, kindInt16, kindInt32, kindInt64, kindUint, kindUint8,
    kindUint16, kindUint32, kindUint64, kindUintptr, kindFloat32, kindFloat64, kindComplex64,
    kindComplex128, kindArray, kindChan, kindFunc, kindInterface, kindMap, kindPtr, kindSlice,
    kindString, kindStruct, kindUnsafePointer,
};

typedef int32_t nameOff;   // absolute address of a name (see above)
typedef int32_t typeOff;   // absolute address of a _type
typedef int32_t textOff;   // absolute address of code

static inline const void *resolve_off(int32_t off) { return (const void *)(uintptr_t)(uint32_t)off; }

// A name: flags byte (1 exported, 2 tag follows, 4 pkgPath nameOff follows,
// 8 embedded), uvarint length, bytes, ... (rt/type.go name).
typedef struct name {
    const uint8_t *bytes;
} name;

typedef struct uncommontype {   // 16 bytes
    nameOff pkgpath;
    uint16_t mcount;            // number of methods
    uint16_t xcount;            // number of exported methods (they come first)
    uint32_t moff;              // offset from this uncommontype to [mcount]method
    uint32_t _unused;
} uncommontype;

typedef struct method {         // 16 bytes
    nameOff name;
    typeOff mtyp;               // the method's func type, without receiver
    textOff ifn;                // code for itabs (receiver = the interface data word)
    textOff tfn;                // code for normal method calls
} method;

typedef struct imethod {        // 8 bytes
    nameOff name;
    typeOff ityp;
} imethod;

typedef struct ptrtype { _type typ; const _type *elem; } ptrtype;
typedef struct slicetype { _type typ; const _type *elem; } slicetype;
typedef struct arraytype {
    _type typ;
    const _type *elem;
    const _type *slice;
    uint64_t len;
} arraytype;

typedef struct functype {       // followed by the uncommontype, then [in+out]*_type
    _type typ;
    uint16_t inCount;
    uint16_t outCount;          // top bit: variadic
    uint32_t _pad;
} functype;

typedef struct structfield {
    const uint8_t *name;        // a name; its embedded flag is bit 3
    const _type *typ;
    uint64_t offset;            // plain byte offset (go1.19)
} structfield;

typedef struct structtype {
    _type typ;
    const uint8_t *pkgPath;     // a name, or NULL if all fields are exported
    struct { const structfield *ptr; int64_t len, cap; } fields;
} structtype;

typedef struct interfacetype {
    _type typ;
    const uint8_t *pkgpath;     // a name, NULL for unnamed interfaces and error
    struct { const imethod *ptr; int64_t len, cap; } mhdr;   // sorted
} interfacetype;

typedef struct maptype {
    _type typ;
    const _type *key;
    const _type *elem;
    const _type *bucket;        // the bucket struct
    const void *hasher;         // funcval: func(key unsafe.Pointer, seed uintptr) uintptr
    uint8_t keysize;            // size of a key slot (8 if indirect)
    uint8_t elemsize;
    uint16_t bucketsize;
    uint32_t flags;             // 1 indirect key, 2 indirect elem, 4 reflexive key,
                                // 8 need key update, 16 hash might panic
} maptype;

// itab (rt/runtime2.go): fun has one entry per interface method.
struct itab {
    const interfacetype *inter;
    const _type *_type;
    uint32_t hash;              // copy of _type->hash
    uint8_t _pad[4];
    void *fun[1];               // variable length; fun[0] == 0: does not implement
};

// name_string returns the text of a name.
GoString name_string(const uint8_t *n);

// type_string returns t's string as %T prints it (= (*_type).string).
GoString type_string(const _type *t);

// type_uncommon returns t's uncommontype, or NULL (= (*_type).uncommon).
const uncommontype *type_uncommon(const _type *t);

// ---- Itabs, conversions and assertions (iface.c; = rt/iface.go) ----
// Compiled code calls these by their Go names; GO119-INTERNALS.md §3.3 gives
// the contracts. The comma-ok forms return the zero iface for "not ok".
const itab *getitab(const interfacetype *inter, const _type *typ, bool canfail);
void itabAdd(const itab *m) __asm__("runtime.itabAdd");
void itabsinit(void) __asm__("runtime.itabsinit");
const itab *convI2I(const interfacetype *dst, const itab *src) __asm__("runtime.convI2I");
const itab *assertI2I(const interfacetype *inter, const itab *tab) __asm__("runtime.assertI2I");
iface assertI2I2(const interfacetype *inter, iface i) __asm__("runtime.assertI2I2");
const itab *assertE2I(const interfacetype *inter, const _type *t) __asm__("runtime.assertE2I");
iface assertE2I2(const interfacetype *inter, eface e) __asm__("runtime.assertE2I2");
_Noreturn void panicdottypeE(const _type *have, const _type *want, const _type *iface)
    __asm__("runtime.panicdottypeE");
_Noreturn void panicdottypeI(const itab *have, const _type *want, const _type *iface)
    __asm__("runtime.panicdottypeI");
_Noreturn void panicnildottype(const _type *want) __asm__("runtime.panicnildottype");

// For tests of the table (testdata/scripts/itabtable.sh): its size and count,
// a lookup without building, and the slot holding m (-1 if none).
void itab_table_stats(uint64_t *size, uint64_t *count);
const itab *itab_table_find(const interfacetype *inter, const _type *typ);
int64_t itab_table_slot(const itab *m);

// panicTypeAssertion panics with a *TypeAssertionError (error.c; = rt/error.go):
// its Error() is "interface conversion: ..." as GO119-INTERNALS.md §3.4 shows.
_Noreturn void panicTypeAssertion(const _type *iface, const _type *concrete, const _type *asserted,
                                  GoString missingMethod);

// isDirectIface: an interface holding a t holds the value itself.
static inline bool isDirectIface(const _type *t) { return t->kind & kindDirectIface; }

#endif
