// alg.c: equality and hashing of Go values (= rt/alg.go; Go's memequal is in
// assembly, internal/bytealg/equal_amd64.s, its memhash is AES-based in
// rt/asm_amd64.s).
//
// Each type descriptor's `equal` and each map type's `hasher` is a funcval
// naming one of the functions below (codegen/alg.c chooses it as gc does):
// runtime.memequal64·f = {runtime.memequal64}, spelled runtime.memequal64$c2$b7f
// for NASM and the ELF symbol table (docs/ABI.md §4). Structs and arrays that
// are not plain memory get compiler-generated type..eq.T / type..hash.T.
//
// The hash functions are mgc's own (a multiply-mix over 8-byte words with a
// per-process random key), not Go's AES hash: Go promises no particular hash
// values, only that equal values hash equally within one process, and that
// map iteration order is not to be relied upon.
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "type.h"

// = runtime.memequal
GoBool memequal(const void *a, const void *b, uint64_t size) {
    if (a == b || size == 0)
        return 1;
    return memcmp(a, b, (size_t)size) == 0;
}

// ---- Calling funcvals ----------------------------------------------------------------
//
// callfuncval(fv, a, b): r10 = fv, then jump to fv's code with (a, b).
// memequal_varlen and memhash_varlen read their size from the funcval's second
// word through r10 (= gc's closure context register DX).
__asm__(
    "    .text\n"
    "    .globl runtime.callfuncval\n"
    "    .type runtime.callfuncval, @function\n"
    "runtime.callfuncval:\n"
    "    mov %rdi, %r10\n"
    "    mov %rsi, %rdi\n"
    "    mov %rdx, %rsi\n"
    "    jmp *(%r10)\n"
    "    .size runtime.callfuncval, .-runtime.callfuncval\n"
    "    .globl runtime.memequal_varlen\n"
    "    .type runtime.memequal_varlen, @function\n"
    "runtime.memequal_varlen:\n"          // (p, q) -> memequal(p, q, size)
    "    mov 8(%r10), %rdx\n"
    "    jmp runtime.memequal\n"
    "    .size runtime.memequal_varlen, .-runtime.memequal_varlen\n"
    "    .globl runtime.memhash_varlen\n"
    "    .type runtime.memhash_varlen, @function\n"
    "runtime.memhash_varlen:\n"           // (p, h) -> memhash(p, h, size)
    "    mov 8(%r10), %rdx\n"
    "    jmp runtime.memhash\n"
    "    .size runtime.memhash_varlen, .-runtime.memhash_varlen\n");

// ---- Equality of one type (the `equal` of its descriptor) ------------------------------

GoBool memequal0(const void *p, const void *q) __asm__("runtime.memequal0");
GoBool memequal8(const void *p, const void *q) __asm__("runtime.memequal8");
GoBool memequal16(const void *p, const void *q) __asm__("runtime.memequal16");
GoBool memequal32(const void *p, const void *q) __asm__("runtime.memequal32");
GoBool memequal64(const void *p, const void *q) __asm__("runtime.memequal64");
GoBool memequal128(const void *p, const void *q) __asm__("runtime.memequal128");
GoBool f32equal(const void *p, const void *q) __asm__("runtime.f32equal");
GoBool f64equal(const void *p, const void *q) __asm__("runtime.f64equal");
GoBool strequal(const void *p, const void *q) __asm__("runtime.strequal");
GoBool interequal(const void *p, const void *q) __asm__("runtime.interequal");
GoBool nilinterequal(const void *p, const void *q) __asm__("runtime.nilinterequal");

GoBool memequal0(const void *p, const void *q) { (void)p, (void)q; return 1; }
GoBool memequal8(const void *p, const void *q) { return *(const uint8_t *)p == *(const uint8_t *)q; }
GoBool memequal16(const void *p, const void *q) { return memcmp(p, q, 2) == 0; }
GoBool memequal32(const void *p, const void *q) { return memcmp(p, q, 4) == 0; }
GoBool memequal64(const void *p, const void *q) { return memcmp(p, q, 8) == 0; }
GoBool memequal128(const void *p, const void *q) { return memcmp(p, q, 16) == 0; }
GoBool f32equal(const void *p, const void *q) { return *(const float *)p == *(const float *)q; }
GoBool f64equal(const void *p, const void *q) { return *(const double *)p == *(const double *)q; }

GoBool strequal(const void *p, const void *q) {
    const GoString *x = p, *y = q;
    return x->len == y->len && memequal(x->ptr, y->ptr, (uint64_t)x->len);
}

// = runtime.interequal: x.tab == y.tab && ifaceeq(x.tab, x.data, y.data)
GoBool interequal(const void *p, const void *q) {
    const iface *x = p, *y = q;
    return x->tab == y->tab && ifaceeq(x->tab, x->data, y->data);
}

GoBool nilinterequal(const void *p, const void *q) {
    const eface *x = p, *y = q;
    return x->_type == y->_type && efaceeq(x->_type, x->data, y->data);
}

// panic_type_error panics with errorString(what + t.string()).
static _Noreturn void panic_type_error(const char *what, const _type *t) {
    GoString ts = type_string(t);
    size_t n = strlen(what);
    char *msg = mallocgc_noscan(n + (size_t)ts.len + 1);
    memcpy(msg, what, n);
    memcpy(msg + n, ts.ptr, (size_t)ts.len);
    msg[n + (size_t)ts.len] = 0;
    panicerror(msg);
}

GoBool efaceeq(const _type *t, const void *x, const void *y) {
    if (t == NULL)
        return 1;
    if (t->equal == NULL)
        panic_type_error("comparing uncomparable type ", t);
    if (isDirectIface(t))
        return x == y;   // the data words are the values (pointer-shaped)
    return callfuncval(t->equal, (uint64_t)x, (uint64_t)y) & 1;
}

GoBool ifaceeq(const itab *tab, const void *x, const void *y) {
    return tab == NULL ? 1 : efaceeq(tab->_type, x, y);
}

// ---- Hashing (the `hasher` of map types) ------------------------------------------------

uint64_t memhash(const void *p, uint64_t h, uint64_t size) __asm__("runtime.memhash");
uint64_t memhash0(const void *p, uint64_t h) __asm__("runtime.memhash0");
uint64_t memhash8(const void *p, uint64_t h) __asm__("runtime.memhash8");
uint64_t memhash16(const void *p, uint64_t h) __asm__("runtime.memhash16");
uint64_t memhash32(const void *p, uint64_t h) __asm__("runtime.memhash32");
uint64_t memhash64(const void *p, uint64_t h) __asm__("runtime.memhash64");
uint64_t memhash128(const void *p, uint64_t h) __asm__("runtime.memhash128");
uint64_t strhash(const void *p, uint64_t h) __asm__("runtime.strhash");
uint64_t f32hash(const void *p, uint64_t h) __asm__("runtime.f32hash");
uint64_t f64hash(const void *p, uint64_t h) __asm__("runtime.f64hash");
uint64_t interhash(const void *p, uint64_t h) __asm__("runtime.interhash");
uint64_t nilinterhash(const void *p, uint64_t h) __asm__("runtime.nilinterhash");

static uint64_t hashkey[4];   // random per process (= runtime.hashkey)
static uint64_t rand_state;

__attribute__((constructor)) static void alginit(void) {
    if (getrandom(hashkey, sizeof hashkey, 0) != (ssize_t)sizeof hashkey)
        hashkey[0] = (uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 4; i++)
        hashkey[i] |= 1;   // odd multipliers
    rand_state = hashkey[0] ^ hashkey[3];
}

// = runtime.fastrand (a xorshift generator): NaN hashes, map seeds and
// where a map iteration starts.
uint64_t fastrand(void) {
    rand_state ^= rand_state << 13;
    rand_state ^= rand_state >> 7;
    rand_state ^= rand_state << 17;
    return rand_state;
}

// mix folds the 128-bit product of a and b into 64 bits.
static uint64_t mix(uint64_t a, uint64_t b) {
    unsigned __int128 r = (unsigned __int128)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

// tail_word packs the last 1 to 7 bytes into a word without a byte loop:
// two 4-byte loads that overlap, or bytes 0, n/2 and n-1. Either way every
// byte is read, so two tails of one length differ in their words.
static inline uint64_t tail_word(const uint8_t *b, uint64_t n) {
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, b, 4);
        memcpy(&hi, b + n - 4, 4);
        return (uint64_t)hi << 32 | lo;
    }
    return (uint64_t)b[0] | (uint64_t)b[n / 2] << 8 | (uint64_t)b[n - 1] << 16;
}

// hash_bytes is memhash's body, inlined into each fixed-size hasher so that
// its loop and tail copy unfold for that size; every size gives the same
// value memhash would.
static inline __attribute__((always_inline)) uint64_t hash_bytes(const void *p, uint64_t h,
                                                                 uint64_t size) {
    const uint8_t *b = p;
    h = mix(h ^ hashkey[0], size ^ hashkey[1]);
    for (; size >= 8; size -= 8, b += 8) {
        uint64_t w;
        memcpy(&w, b, 8);
        h = mix(h ^ w, hashkey[2]);
    }
    if (size) {
        h = mix(h ^ tail_word(b, size), hashkey[3]);
    }
    return mix(h, hashkey[0] ^ hashkey[3]);
}

uint64_t memhash(const void *p, uint64_t h, uint64_t size) { return hash_bytes(p, h, size); }
uint64_t memhash0(const void *p, uint64_t h) { (void)p; return h; }
uint64_t memhash8(const void *p, uint64_t h) { return hash_bytes(p, h, 1); }
uint64_t memhash16(const void *p, uint64_t h) { return hash_bytes(p, h, 2); }
uint64_t memhash32(const void *p, uint64_t h) { return hash_bytes(p, h, 4); }
uint64_t memhash64(const void *p, uint64_t h) { return hash_bytes(p, h, 8); }
uint64_t memhash128(const void *p, uint64_t h) { return hash_bytes(p, h, 16); }

uint64_t strhash(const void *p, uint64_t h) {
    const GoString *s = p;
    return memhash(s->ptr, h, (uint64_t)s->len);
}

enum { c0 = 33054211828000289ull, c1 = 23344194077549503ull };   // = rt/alg.go (64-bit)

// f32hash/f64hash: +0 and -0 hash alike; every NaN hashes at random (NaN != NaN,
// so each NaN key is a new entry anyway).
uint64_t f32hash(const void *p, uint64_t h) {
    float f = *(const float *)p;
    if (f == 0)
        return c1 * (c0 ^ h);
    if (f != f)
        return c1 * (c0 ^ h ^ fastrand());
    return memhash(p, h, 4);
}

uint64_t f64hash(const void *p, uint64_t h) {
    double f = *(const double *)p;
    if (f == 0)
        return c1 * (c0 ^ h);
    if (f != f)
        return c1 * (c0 ^ h ^ fastrand());
    return memhash(p, h, 8);
}

// hash_dynamic hashes an interface's value of dynamic type t (the data word
// itself for pointer-shaped types).
static uint64_t hash_dynamic(const _type *t, void *const *data, uint64_t h) {
    if (t->equal == NULL)
        panic_type_error("hash of unhashable type ", t);
    return c1 * typehash(t, isDirectIface(t) ? (const void *)data : *data, h ^ c0);
}

uint64_t nilinterhash(const void *p, uint64_t h) {
    const eface *e = p;
    return e->_type ? hash_dynamic(e->_type, &e->data, h) : h;
}

uint64_t interhash(const void *p, uint64_t h) {
    const iface *i = p;
    return i->tab ? hash_dynamic(i->tab->_type, &i->data, h) : h;
}

static bool is_blank_field(const structfield *f) {
    GoString n = name_string(f->name);
    return n.len == 1 && n.ptr[0] == '_';
}

uint64_t typehash(const _type *t, const void *p, uint64_t h) {
    if (t->tflag & tflagRegularMemory)
        return memhash(p, h, t->size);
    switch (t->kind & kindMask) {
    case kindFloat32: return f32hash(p, h);
    case kindFloat64: return f64hash(p, h);
    case kindString: return strhash(p, h);
    case kindInterface:
        return ((const interfacetype *)t)->mhdr.len ? interhash(p, h) : nilinterhash(p, h);
    case kindArray: {
        const arraytype *a = (const arraytype *)t;
        for (uint64_t i = 0; i < a->len; i++)
            h = typehash(a->elem, (const uint8_t *)p + i * a->elem->size, h);
        return h;
    }
    case kindStruct: {
        const structtype *s = (const structtype *)t;
        for (int64_t i = 0; i < s->fields.len; i++) {
            const structfield *f = &s->fields.ptr[i];
            if (!is_blank_field(f))
                h = typehash(f->typ, (const uint8_t *)p + f->offset, h);
        }
        return h;
    }
    default:
        panic_type_error("hash of unhashable type ", t);
    }
}

// ---- The funcvals descriptors and map types name -------------------------------------

#define FUNCVAL(fn, sym) const void *const fn##_f[1] __asm__(sym) = {(const void *)fn}
FUNCVAL(memequal0, "runtime.memequal0$c2$b7f");
FUNCVAL(memequal8, "runtime.memequal8$c2$b7f");
FUNCVAL(memequal16, "runtime.memequal16$c2$b7f");
FUNCVAL(memequal32, "runtime.memequal32$c2$b7f");
FUNCVAL(memequal64, "runtime.memequal64$c2$b7f");
FUNCVAL(memequal128, "runtime.memequal128$c2$b7f");
FUNCVAL(f32equal, "runtime.f32equal$c2$b7f");
FUNCVAL(f64equal, "runtime.f64equal$c2$b7f");
FUNCVAL(strequal, "runtime.strequal$c2$b7f");
FUNCVAL(interequal, "runtime.interequal$c2$b7f");
FUNCVAL(nilinterequal, "runtime.nilinterequal$c2$b7f");
FUNCVAL(memhash0, "runtime.memhash0$c2$b7f");
FUNCVAL(memhash8, "runtime.memhash8$c2$b7f");
FUNCVAL(memhash16, "runtime.memhash16$c2$b7f");
FUNCVAL(memhash32, "runtime.memhash32$c2$b7f");
FUNCVAL(memhash64, "runtime.memhash64$c2$b7f");
FUNCVAL(memhash128, "runtime.memhash128$c2$b7f");
FUNCVAL(strhash, "runtime.strhash$c2$b7f");
FUNCVAL(f32hash, "runtime.f32hash$c2$b7f");
FUNCVAL(f64hash, "runtime.f64hash$c2$b7f");
FUNCVAL(interhash, "runtime.interhash$c2$b7f");
FUNCVAL(nilinterhash, "runtime.nilinterhash$c2$b7f");
