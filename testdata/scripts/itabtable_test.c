// itabtable_test.c: a C unit test of the runtime's itabTable and getitab
// (runtime/iface.c), built by itabtable.sh against runtime/libmgcrt.a. It is
// a "program" whose main.main is written in C: the runtime's own main starts
// it after itabsinit, as for a compiled program.
//
// The descriptors are built by hand, with chosen hashes, so that the probe
// sequence is known: interface hash 0, so an itab's home slot is its type's
// hash mod the table size.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/type.h"

void test_main(void) __asm__("main.main");
void test_init(void) __asm__("main.init");
void test_init(void) {}

static int failures;

#define CHECK(cond, ...)                                   \
    do {                                                   \
        if (!(cond)) {                                     \
            fprintf(stderr, "itabtable_test: " __VA_ARGS__); \
            fprintf(stderr, "\n");                         \
            failures++;                                    \
        }                                                  \
    } while (0)

static int32_t off(const void *p) { return (int32_t)(uint32_t)(uintptr_t)p; }

// A name: flags byte, 1-byte length, bytes (names here are short).
static const uint8_t *mkname(const char *s) {
    size_t n = strlen(s);
    uint8_t *b = calloc(1, n + 2);
    b[0] = 1;
    b[1] = (uint8_t)n;
    memcpy(b + 2, s, n);
    return b;
}

// A named type with methods: _type, uncommontype, [n]method (type.h).
typedef struct Named {
    _type typ;
    uncommontype u;
    method m[3];
} Named;

static _type func_void, func_int;   // the methods' func types (compared by address)
static void fn_a(void) {}
static void fn_b(void) {}
static void fn_c(void) {}

static Named *mktype(const char *str, uint32_t hash, int nmethods) {
    Named *t = calloc(1, sizeof *t);
    t->typ = (_type){.size = 8, .hash = hash, .tflag = tflagUncommon | tflagNamed, .align = 8,
                     .fieldAlign = 8, .kind = kindInt, .str = off(mkname(str))};
    t->u = (uncommontype){.mcount = (uint16_t)nmethods, .xcount = (uint16_t)nmethods,
                          .moff = sizeof(uncommontype)};
    const char *names[3] = {"A", "B", "C"};
    void (*fns[3])(void) = {fn_a, fn_b, fn_c};
    for (int i = 0; i < nmethods; i++)
        t->m[i] = (method){off(mkname(names[i])), off(i == 1 ? &func_int : &func_void), off((void *)fns[i]),
                           off((void *)fns[i])};
    return t;
}

// An interface over the methods named in `names` (sorted), all func() but B.
static interfacetype *mkiface(const char *str, uint32_t hash, const char *names) {
    interfacetype *t = calloc(1, sizeof *t);
    int n = (int)strlen(names);
    imethod *ms = calloc((size_t)n, sizeof *ms);
    for (int i = 0; i < n; i++) {
        char s[2] = {names[i], 0};
        ms[i] = (imethod){off(mkname(s)), off(names[i] == 'B' ? &func_int : &func_void)};
    }
    t->typ = (_type){.size = 16, .hash = hash, .tflag = tflagNamed, .align = 8, .fieldAlign = 8,
                     .kind = kindInterface, .str = off(mkname(str))};
    t->mhdr.ptr = ms;
    t->mhdr.len = t->mhdr.cap = n;
    return t;
}

// The probe sequence from a home slot h is h, h+1, h+3, h+6, ... (mod size).
static void test_probe_sequence(interfacetype *ia) {
    uint64_t size, count;
    itab_table_stats(&size, &count);
    CHECK(size == 512 && count == 0, "fresh table: size %lu count %lu", size, count);
    uint64_t want[5] = {100, 101, 103, 106, 110};
    for (int i = 0; i < 5; i++) {
        Named *t = mktype("main.T", 100 + 512 * (uint32_t)i, 1);  // all at home slot 100
        const itab *m = getitab(ia, &t->typ, false);
        CHECK(m && m->fun[0] == (void *)fn_a, "getitab %d: no itab or wrong fun[0]", i);
        CHECK(itab_table_slot(m) == (int64_t)want[i], "itab %d in slot %ld, want %lu", i,
              itab_table_slot(m), want[i]);
        CHECK(getitab(ia, &t->typ, false) == m, "getitab %d again: another itab", i);
    }
    itab_table_stats(&size, &count);
    CHECK(count == 5, "count %lu after 5 itabs, want 5", count);
}

// A type lacking a method gets a cached negative itab (fun[0] == 0).
static void test_negative(interfacetype *iab) {
    uint64_t size, before, after;
    Named *t = mktype("main.OnlyA", 7, 1);
    itab_table_stats(&size, &before);
    CHECK(getitab(iab, &t->typ, true) == NULL, "getitab of a non-implementing type succeeded");
    const itab *m = itab_table_find(iab, &t->typ);
    CHECK(m != NULL && m->fun[0] == NULL, "no negative itab cached");
    CHECK(getitab(iab, &t->typ, true) == NULL, "second getitab succeeded");
    itab_table_stats(&size, &after);
    CHECK(after == before + 1, "count %lu, want %lu: one negative entry", after, before + 1);
}

// The sorted lists merge: an interface {A, C} of a type {A, B, C}.
static void test_merge(void) {
    interfacetype *iac = mkiface("main.AC", 0x1234, "AC");
    Named *t = mktype("main.ABC", 0x5678, 3);
    const itab *m = getitab(iac, &t->typ, false);
    CHECK(m && m->fun[0] == (void *)fn_a && m->fun[1] == (void *)fn_c, "merge: wrong fun[]");
    CHECK(m && m->hash == 0, "a dynamic itab has hash 0");
    CHECK(convI2I(iac, m) == m, "convI2I to the same interface is the itab itself");
}

// At 75% of 512 entries the table doubles, keeping every entry.
static void test_growth(interfacetype *ia) {
    uint64_t size, count;
    itab_table_stats(&size, &count);
    const itab *first = NULL;
    Named *t0 = NULL;
    while (count < 3 * (512 / 4)) {
        Named *t = mktype("main.G", 1000 + (uint32_t)count, 1);
        const itab *m = getitab(ia, &t->typ, false);
        if (!first)
            first = m, t0 = t;
        itab_table_stats(&size, &count);
    }
    CHECK(size == 512 && count == 384, "before growth: size %lu count %lu", size, count);
    getitab(ia, &mktype("main.G", 99999, 1)->typ, false);
    itab_table_stats(&size, &count);
    CHECK(size == 1024 && count == 385, "after growth: size %lu count %lu", size, count);
    CHECK(itab_table_find(ia, &t0->typ) == first, "an entry was lost in the growth");
}

static interfacetype *panic_iface;
static Named *panic_type;

void test_main(void) {
    interfacetype *ia = mkiface("main.IA", 0, "A");
    interfacetype *iab = mkiface("main.IAB", 0, "AB");
    if (getenv("ITAB_PANIC")) {   // getitab's panic, checked by itabtable.sh
        panic_iface = iab;
        panic_type = mktype("main.OnlyA", 7, 1);
        getitab(panic_iface, &panic_type->typ, false);
    }
    test_probe_sequence(ia);
    test_negative(iab);
    test_merge();
    test_growth(ia);
    if (failures)
        exit(1);
    printf("itabtable_test: ok\n");
}
