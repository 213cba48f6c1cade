// iface.c: converting values to interfaces (= rt/iface.go). The compiler
// supplies the type word (type.T) and asks these functions only for the data
// word, a pointer to a copy of the value (codegen/convert.c; GO119-INTERNALS.md
// §3.5). Values below 256 of the small integer types point into staticuint64s
// instead of new memory.
#include <stdlib.h>
#include <string.h>

#include "type.h"

// = runtime.staticuint64s: the words 0..255, little-endian, so that the first
// 1, 2, 4 or 8 bytes of element v read as v at any width.
const uint64_t staticuint64s[256] __asm__("runtime.staticuint64s") = {
#define ROW(n) n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7
#define ROWS(n) ROW(n), ROW(n + 8), ROW(n + 16), ROW(n + 24)
    ROWS(0), ROWS(32), ROWS(64), ROWS(96), ROWS(128), ROWS(160), ROWS(192), ROWS(224),
#undef ROWS
#undef ROW
};

// = runtime.zeroVal: what an empty string or a nil slice points to.
static const uint8_t zeroVal[1024];

void *convT16(uint64_t val) __asm__("runtime.convT16");
void *convT32(uint64_t val) __asm__("runtime.convT32");
void *convT64(uint64_t val) __asm__("runtime.convT64");
void *convTstring(GoString val) __asm__("runtime.convTstring");
void *convTslice(GoSlice val) __asm__("runtime.convTslice");
void *convT(const _type *t, const void *v) __asm__("runtime.convT");
void *convTnoptr(const _type *t, const void *v) __asm__("runtime.convTnoptr");

// boxsmall copies the low `size` bytes of val to new memory, unless val < 256.
static void *boxsmall(uint64_t val, uint64_t size) {
    if (val < 256)
        return (void *)&staticuint64s[val];
    void *x = mallocgc_noscan(size);
    memcpy(x, &val, size);
    return x;
}

void *convT16(uint64_t val) { return boxsmall(val & 0xffff, 2); }
void *convT32(uint64_t val) { return boxsmall(val & 0xffffffff, 4); }
void *convT64(uint64_t val) { return boxsmall(val, 8); }

void *convTstring(GoString val) {
    if (val.len == 0)
        return (void *)zeroVal;
    GoString *x = mallocgc(sizeof val, NULL, 1);
    *x = val;
    return x;
}

void *convTslice(GoSlice val) {
    if (val.array == NULL)
        return (void *)zeroVal;
    GoSlice *x = mallocgc(sizeof val, NULL, 1);
    *x = val;
    return x;
}

// convT copies the t at v to new memory (t has pointers); convTnoptr likewise
// for a pointer-free t.
void *convT(const _type *t, const void *v) {
    void *x = mallocgc(t->size, t, 1);
    memmove(x, v, t->size);
    return x;
}

void *convTnoptr(const _type *t, const void *v) {
    void *x = mallocgc(t->size, t, 0);
    memmove(x, v, t->size);
    return x;
}

// ---- itabTable (= rt/iface.go itabTableType) ---------------------------------------------
//
// Every itab the program uses is in this open-addressed hash table: the static
// go.itab.T,I symbols the compiler emits, registered before main.main
// (itabsinit), and the ones getitab builds at run time for conversions the
// compiler could not see (I -> I, x.(I)). Negative results are cached too: an
// itab whose fun[0] is 0 says "T does not implement I".

enum { itabInitSize = 512 };

typedef struct itabTableType {
    uint64_t size;              // length of entries, a power of 2
    uint64_t count;             // entries in use
    const itab *entries[];      // really [size]
} itabTableType;

static struct {
    uint64_t size, count;
    const itab *entries[itabInitSize];
} itabTableInit = {itabInitSize, 0, {0}};

static itabTableType *itabTable = (itabTableType *)&itabTableInit;

// = itabHashFunc
static uint64_t itabHashFunc(const interfacetype *inter, const _type *typ) {
    return inter->typ.hash ^ typ->hash;
}

// find looks (inter, typ) up (= itabTableType.find). The probe sequence is
// triangular, h, h+1, h+3, h+6, ..., which visits every slot of a table whose
// size is a power of 2.
static const itab *itab_find(const itabTableType *t, const interfacetype *inter, const _type *typ) {
    uint64_t mask = t->size - 1;
    uint64_t h = itabHashFunc(inter, typ) & mask;
    for (uint64_t i = 1;; i++) {
        const itab *m = t->entries[h];
        if (m == NULL)
            return NULL;
        if (m->inter == inter && m->_type == typ)
            return m;
        h = (h + i) & mask;
    }
}

// add puts m into the first free slot of its probe sequence, unless it is
// there already (= itabTableType.add). The table must have a free slot.
static void itab_table_add(itabTableType *t, const itab *m) {
    uint64_t mask = t->size - 1;
    uint64_t h = itabHashFunc(m->inter, m->_type) & mask;
    for (uint64_t i = 1;; i++) {
        if (t->entries[h] == m)
            return;
        if (t->entries[h] == NULL) {
            t->entries[h] = m;
            t->count++;
            return;
        }
        h = (h + i) & mask;
    }
}

// = itabAdd: grow the table to twice its size when it is 75% full, then add m.
// Tables and dynamic itabs hold no pointers into the collected heap (only to
// descriptors and code), so they live in C's heap, like Go's persistentalloc.
void itabAdd(const itab *m) {
    if (itabTable->count >= 3 * (itabTable->size / 4)) {
        uint64_t size = itabTable->size * 2;
        itabTableType *t2 = calloc(1, sizeof(itabTableType) + size * sizeof(itab *));
        if (t2 == NULL)
            throw("runtime: out of memory");
        t2->size = size;
        for (uint64_t i = 0; i < itabTable->size; i++)   // = iterate_itabs(t2.add)
            if (itabTable->entries[i] != NULL)
                itab_table_add(t2, itabTable->entries[i]);
        itabTable = t2;   // the old table is never freed: readers may still hold it in Go
    }
    itab_table_add(itabTable, m);
}

void itab_table_stats(uint64_t *size, uint64_t *count) {
    *size = itabTable->size;
    *count = itabTable->count;
}

const itab *itab_table_find(const interfacetype *inter, const _type *typ) {
    return itab_find(itabTable, inter, typ);
}

int64_t itab_table_slot(const itab *m) {
    for (uint64_t i = 0; i < itabTable->size; i++)
        if (itabTable->entries[i] == m)
            return (int64_t)i;
    return -1;
}

// The module's static itabs, which the compiler lists in runtime.itablink
// (codegen/itab.c; gc's linker gathers the go.itab.* symbols into
// moduledata.itablinks). Weak: a C test of the runtime has none.
extern const struct {
    uint64_t n;
    const itab *itabs[];
} itablink __asm__("runtime.itablink") __attribute__((weak));

// = itabsinit (called by schedinit, before any user code runs): register
// every static itab, so that getitab returns the static symbol for a pair
// that has one and x.(T) can compare itab pointers.
void itabsinit(void) {
    if (&itablink == NULL)
        return;
    for (uint64_t i = 0; i < itablink.n; i++)
        itabAdd(itablink.itabs[i]);
}

// ---- getitab (= rt/iface.go getitab, itab.init) ------------------------------------------

static bool names_equal(GoString a, GoString b) {
    return a.len == b.len && memcmp(a.ptr, b.ptr, (size_t)a.len) == 0;
}

// itab_init fills m->fun by merging the interface's sorted method list with
// the type's sorted method list, and returns "" on success or the name of the
// first interface method the type lacks (m->fun[0] is then 0) (= itab.init).
// A method matches by name and by func type: descriptors of identical func
// types are one symbol per module, so pointer equality compares signatures,
// as in Go. All names belong to package main, so an unexported name matches
// an unexported name (Go compares their package paths).
static GoString itab_init(itab *m) {
    const interfacetype *inter = m->inter;
    const uncommontype *x = type_uncommon(m->_type);
    const method *xmhdr = x ? (const method *)((const uint8_t *)x + x->moff) : NULL;
    int64_t ni = inter->mhdr.len, nt = x ? x->mcount : 0;
    void *fun0 = NULL;
    int64_t j = 0;
    for (int64_t k = 0; k < ni; k++) {
        const imethod *i = &inter->mhdr.ptr[k];
        GoString iname = name_string(resolve_off(i->name));
        const void *itype = resolve_off(i->ityp);
        for (; j < nt; j++) {
            const method *t = &xmhdr[j];
            if (resolve_off(t->mtyp) == itype && names_equal(name_string(resolve_off(t->name)), iname)) {
                void *ifn = (void *)resolve_off(t->ifn);
                if (k == 0)
                    fun0 = ifn;
                else
                    m->fun[k] = ifn;
                break;
            }
        }
        if (j == nt) {
            m->fun[0] = NULL;
            return iname;
        }
    }
    m->fun[0] = fun0;
    return (GoString){NULL, 0};
}

// getitab returns the itab of (inter, typ): the registered one, or a new one
// built and registered (= getitab). If typ does not implement inter it returns
// NULL when canfail, else panics with a TypeAssertionError naming the missing
// method. Dynamic itabs have hash 0: type switches use static itabs only.
const itab *getitab(const interfacetype *inter, const _type *typ, bool canfail) {
    if (inter->mhdr.len == 0)
        throw("internal error - misuse of itab");
    if (!(typ->tflag & tflagUncommon)) {   // no methods at all
        if (canfail)
            return NULL;
        GoString name = name_string(resolve_off(inter->mhdr.ptr[0].name));
        panicTypeAssertion(NULL, typ, &inter->typ, name);
    }
    const itab *m = itab_find(itabTable, inter, typ);
    if (m == NULL) {
        itab *n = calloc(1, sizeof(itab) + (size_t)(inter->mhdr.len - 1) * sizeof(void *));
        if (n == NULL)
            throw("runtime: out of memory");
        n->inter = inter;
        n->_type = typ;
        n->hash = 0;
        itab_init(n);
        itabAdd(n);
        m = n;
    }
    if (m->fun[0] != NULL)
        return m;
    if (canfail)
        return NULL;
    // A cached negative result: a scratch itab_init finds the missing name again.
    itab *scratch = calloc(1, sizeof(itab) + (size_t)(inter->mhdr.len - 1) * sizeof(void *));
    if (scratch == NULL)
        throw("runtime: out of memory");
    scratch->inter = inter;
    scratch->_type = typ;
    panicTypeAssertion(NULL, typ, &inter->typ, itab_init(scratch));
}

// ---- Conversions and assertions between interfaces (= rt/iface.go) ---------------------

// convI2I: have = src (the itab of an I value), want = the itab of the same
// dynamic type for dst (I -> I2 where I's method set includes I2's).
const itab *convI2I(const interfacetype *dst, const itab *src) {
    if (src == NULL)
        return NULL;
    if (src->inter == dst)
        return src;
    return getitab(dst, src->_type, false);
}

// assertI2I: i.(I2) for a non-empty i with tab; panics when i is nil or its
// dynamic type lacks a method of I2.
const itab *assertI2I(const interfacetype *inter, const itab *tab) {
    if (tab == NULL)
        panicTypeAssertion(NULL, NULL, &inter->typ, (GoString){NULL, 0});
    if (tab->inter == inter)
        return tab;
    return getitab(inter, tab->_type, false);
}

// assertI2I2: v, ok := i.(I2); the caller's ok is r.tab != nil.
iface assertI2I2(const interfacetype *inter, iface i) {
    if (i.tab == NULL)
        return (iface){NULL, NULL};
    const itab *tab = i.tab->inter == inter ? i.tab : getitab(inter, i.tab->_type, true);
    return tab ? (iface){tab, i.data} : (iface){NULL, NULL};
}

// assertE2I: e.(I) for an empty e of dynamic type t.
const itab *assertE2I(const interfacetype *inter, const _type *t) {
    if (t == NULL)
        panicTypeAssertion(NULL, NULL, &inter->typ, (GoString){NULL, 0});
    return getitab(inter, t, false);
}

// assertE2I2: v, ok := e.(I); the caller's ok is r.tab != nil.
iface assertE2I2(const interfacetype *inter, eface e) {
    if (e._type == NULL)
        return (iface){NULL, NULL};
    const itab *tab = getitab(inter, e._type, true);
    return tab ? (iface){tab, e.data} : (iface){NULL, NULL};
}

// panicdottypeE: x.(T) failed; have is x's dynamic type (NULL for nil), want
// is T, iface is x's static type.
_Noreturn void panicdottypeE(const _type *have, const _type *want, const _type *iface) {
    panicTypeAssertion(iface, have, want, (GoString){NULL, 0});
}

// panicdottypeI: as panicdottypeE for a non-empty x with itab have.
_Noreturn void panicdottypeI(const itab *have, const _type *want, const _type *iface) {
    panicdottypeE(have ? have->_type : NULL, want, iface);
}

// panicnildottype: x.(T) with x nil, where x's static type is not known
// (= the failing x.(any)).
_Noreturn void panicnildottype(const _type *want) {
    panicTypeAssertion(NULL, NULL, want, (GoString){NULL, 0});
}
