// sema.c: the semaphores sync's Mutex, RWMutex and WaitGroup sleep on (=
// rt/sema.go semacquire/semrelease; lib/sync.go).
//
// A semaphore is a uint32 count in the sync object; the goroutines waiting
// on it are queued FIFO in a table keyed by its address. semrelease hands
// the count straight to the first waiter, so a woken goroutine owns what it
// waited for. One thread runs every goroutine (proc.c): no atomics needed.
#include "runtime.h"

typedef struct semawaiter {
    uint32_t *addr;
    g *g;
    struct semawaiter *next;    // the next waiter in this bucket, FIFO
} semawaiter;

enum { semTabSize = 251 };      // = rt/sema.go semTabSize
static semawaiter *semtable[semTabSize];

static semawaiter **bucket(uint32_t *addr) { return &semtable[((uintptr_t)addr >> 3) % semTabSize]; }

// = sync.runtime_Semacquire: wait until *addr > 0, then decrement it.
void semacquire(uint32_t *addr) __asm__("sync.runtime_Semacquire");
void semacquire(uint32_t *addr) {
    if (*addr > 0) {
        (*addr)--;
        return;
    }
    semawaiter w = {.addr = addr, .g = getg()};
    semawaiter **p = bucket(addr);
    while (*p)
        p = &(*p)->next;
    *p = &w;
    gopark("semacquire");   // semrelease took the count for us
}

// = sync.runtime_Semrelease: increment *addr and wake its first waiter.
void semrelease(uint32_t *addr) __asm__("sync.runtime_Semrelease");
void semrelease(uint32_t *addr) {
    for (semawaiter **p = bucket(addr); *p; p = &(*p)->next) {
        if ((*p)->addr == addr) {
            semawaiter *w = *p;
            *p = w->next;
            goready(w->g);
            return;
        }
    }
    (*addr)++;
}

// = sync.throw, sync.fatal: unrecoverable misuse ("sync: unlock of unlocked mutex").
void sync_throw(GoString s) __asm__("sync.throw");
void sync_throw(GoString s) {
    printflush();
    printcstr("fatal error: ");
    printstring(s);
    printcstr("\n");
    runtime_exit(2);
}

// = sync/atomic.typeOf: the type word of x, for Value's consistency check.
uintptr_t atomic_typeOf(eface x) __asm__("sync$2fatomic.typeOf");
uintptr_t atomic_typeOf(eface x) { return (uintptr_t)x._type; }
