// timer.c: timers, time.Sleep and the runtime half of time.Timer and
// time.Ticker (= rt/time.go; lib/time.go has the Go half).
//
// Timers are kept in one list sorted by when they are due. The scheduler
// (proc.c schedule) fires the due ones before it picks a goroutine, and when
// nothing can run it sleeps until the first one is due; a program with
// timers pending is not deadlocked. A timer either readies a sleeping
// goroutine, or calls a func() closure of lib/time.go (which sends the time
// on the Timer's channel without blocking, as Go's sendTime does) on the
// stack of the goroutine that is scheduling.
#include <gc.h>

#include "runtime.h"

typedef struct timer {
    int64_t when;           // nanotime() at which it is due
    int64_t period;         // a ticker's period, else 0
    g *gp;                  // time.Sleep: the goroutine to ready ...
    const void *fv;         // ... or the func() closure to call
    struct timer *next;
    bool active;            // in the list
} timer;

static timer *timers;       // sorted by when

static void addtimer(timer *t) {
    timer **p = &timers;
    while (*p && (*p)->when <= t->when)
        p = &(*p)->next;
    t->next = *p;
    *p = t;
    t->active = true;
}

static bool deltimer(timer *t) {
    for (timer **p = &timers; *p; p = &(*p)->next) {
        if (*p == t) {
            *p = t->next;
            t->active = false;
            return true;
        }
    }
    return false;
}

// timers_run fires the timers that are due and returns how many remain.
int timers_run(void) {
    if (!timers)
        return 0;
    int64_t now = nanotime();
    while (timers && timers->when <= now) {
        timer *t = timers;
        timers = t->next;
        t->active = false;
        if (t->period > 0) {  // a ticker skips the ticks it missed (= runtime.runOneTimer)
            t->when += t->period * (1 + (now - t->when) / t->period);
            addtimer(t);
        }
        if (t->gp)
            goready(t->gp);
        else
            calldeferred(t->fv, NULL);
    }
    int n = 0;
    for (timer *t = timers; t; t = t->next)
        n++;
    return n;
}

int64_t timers_next(void) { return timers ? timers->when : 0; }

// = time.Sleep: the goroutine waits until d nanoseconds have passed.
void Sleep(int64_t d) __asm__("time.Sleep");
void Sleep(int64_t d) {
    if (d <= 0)
        return;
    g *gp = getg();
    if (!gp->sleep)
        gp->sleep = GC_MALLOC(sizeof(timer));
    *gp->sleep = (timer){.when = nanotime() + d, .gp = gp};
    addtimer(gp->sleep);
    gopark("sleep");
}



// startTimer calls fv at when, and every period after that if period > 0
// (= time.startTimer with runtime.addtimer).
timer *startTimer(int64_t when, int64_t period, const void *fv) __asm__("time.startTimer");
timer *startTimer(int64_t when, int64_t period, const void *fv) {
    timer *t = GC_MALLOC(sizeof(timer));
    if (!t)
        throw("runtime: out of memory");
    *t = (timer){.when = when, .period = period, .fv = fv};
    addtimer(t);
    return t;
}

// stopTimer reports whether it stopped t before it fired (= time.stopTimer).
uint64_t stopTimer(timer *t) __asm__("time.stopTimer");
uint64_t stopTimer(timer *t) { return deltimer(t); }

// resetTimer makes t due at when (a ticker: then every period) and reports
// whether it was active (= time.resetTimer).
uint64_t resetTimer(timer *t, int64_t when, int64_t period) __asm__("time.resetTimer");
uint64_t resetTimer(timer *t, int64_t when, int64_t period) {
    bool was = deltimer(t);
    t->when = when;
    t->period = period;
    addtimer(t);
    return was;
}
