// chan.c: channels (= rt/chan.go; docs/LOWERING.md "Channels").
//
// A channel value is a *hchan laid out as go1.19's; compiled code reads
// qcount (len) and dataqsiz (cap) itself. Keep in sync with codegen/chan.c.
// Every goroutine runs on one thread and switches only when it parks
// (proc.c), so nothing here needs the channel's lock: the field is kept for
// the layout.
//
// A goroutine that must wait queues a sudog on the channel (recvq or sendq,
// FIFO) and parks; the goroutine that completes the operation copies the
// element straight from or to the waiter's elem (its stack), marks the
// sudog successful and readies it. close wakes every waiter unsuccessfully:
// receivers get the zero value, senders panic.
#include <string.h>

#include "runtime.h"

typedef struct sudog {
    g *g;
    struct sudog *next, *prev;  // in the channel's waitq
    void *elem;                 // the value sent, or where the received one goes
    struct hchan *c;
    struct sudog *waitlink;     // select: the goroutine's other sudogs (g.waiting)
    bool isselect;
    bool success;               // woken by a communication, not by close
} sudog;

typedef struct waitq {
    sudog *first, *last;
} waitq;

typedef struct hchan {
    uint64_t qcount;            // 0:  elements in the buffer (= len)
    uint64_t dataqsiz;          // 8:  its size (= cap)
    char *buf;                  // 16
    uint16_t elemsize;          // 24
    uint32_t closed;            // 28
    const _type *elemtype;      // 32
    uint64_t sendx, recvx;      // 40, 48
    waitq recvq, sendq;         // 56, 72
    uint64_t lock;              // 88
} hchan;

_Static_assert(sizeof(hchan) == 96 && offsetof(hchan, dataqsiz) == 8, "go1.19's hchan");

// chantype is the descriptor of chan T (= rt/type.go chantype).
typedef struct chantype {
    _type typ;
    const _type *elem;
    uint64_t dir;
} chantype;

enum { maxAlloc = 1ull << 47, hchanSize = sizeof(hchan) };

// ---- Wait queues --------------------------------------------------------------------------

static void enqueue(waitq *q, sudog *s) {
    s->next = NULL;
    s->prev = q->last;
    if (q->last)
        q->last->next = s;
    else
        q->first = s;
    q->last = s;
}

// dequeue takes the first waiter, skipping the sudogs of selects that another
// case has won already (= waitq.dequeue).
static sudog *dequeue(waitq *q) {
    for (;;) {
        sudog *s = q->first;
        if (!s)
            return NULL;
        q->first = s->next;
        if (q->first)
            q->first->prev = NULL;
        else
            q->last = NULL;
        s->next = s->prev = NULL;
        if (s->isselect) {
            if (s->g->selectdone)
                continue;
            s->g->selectdone = true;
        }
        return s;
    }
}

// dequeue_sudog removes s wherever it is in q (= waitq.dequeueSudoG).
void dequeue_sudog(waitq *q, sudog *s) {
    if (s->prev)
        s->prev->next = s->next;
    else if (q->first == s)
        q->first = s->next;
    else
        return;  // not queued (already dequeued)
    if (s->next)
        s->next->prev = s->prev;
    else
        q->last = s->prev;
    s->next = s->prev = NULL;
}

// ---- Making and closing ---------------------------------------------------------------------

// makechan(t, size) = runtime.makechan: the buffer follows the hchan in one
// object (pointer-free elements) or is an object of its own.
hchan *makechan(const chantype *t, int64_t size) __asm__("runtime.makechan");
hchan *makechan(const chantype *t, int64_t size) {
    const _type *elem = t->elem;
    if (elem->size >= 1 << 16)
        throw("makechan: invalid channel element type");
    if (size < 0 || (elem->size && (uint64_t)size > (maxAlloc - hchanSize) / elem->size))
        panicplain((GoString){(const uint8_t *)"makechan: size out of range", 27});
    uint64_t mem = elem->size * (uint64_t)size;
    hchan *c;
    if (elem->ptrdata == 0) {
        c = mallocgc(hchanSize + mem, NULL, 1);
        c->buf = (char *)c + hchanSize;
    } else {
        c = mallocgc(hchanSize, NULL, 1);
        c->buf = mallocgc(mem, elem, 1);
    }
    c->elemsize = (uint16_t)elem->size;
    c->elemtype = elem;
    c->dataqsiz = (uint64_t)size;
    return c;
}

static GoString cstring(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

// closechan = runtime.closechan: every waiting receiver gets the zero value,
// every waiting sender panics; they run in the order Go readies them.
void closechan(hchan *c) __asm__("runtime.closechan");
void closechan(hchan *c) {
    if (c == NULL)
        panicplain(cstring("close of nil channel"));
    if (c->closed)
        panicplain(cstring("close of closed channel"));
    c->closed = 1;
    g *glist = NULL;  // a stack, as Go's gList
    for (waitq *q = &c->recvq;; q = &c->sendq) {
        for (sudog *s; (s = dequeue(q)) != NULL;) {
            if (s->elem && q == &c->recvq)
                memset(s->elem, 0, c->elemsize);
            s->success = false;
            s->g->param = s;
            s->g->schedlink = glist;
            glist = s->g;
        }
        if (q == &c->sendq)
            break;
    }
    while (glist) {
        g *gp = glist;
        glist = gp->schedlink;
        goready(gp);
    }
}

// ---- Sending ----------------------------------------------------------------------------

static void *chanbuf(hchan *c, uint64_t i) { return c->buf + i * c->elemsize; }

static bool full(const hchan *c) {
    return c->dataqsiz == 0 ? c->recvq.first == NULL : c->qcount == c->dataqsiz;
}

// send hands ep's value to the waiting receiver s (= runtime.send).
static void send(hchan *c, sudog *s, const void *ep) {
    if (s->elem)
        memmove(s->elem, ep, c->elemsize);
    s->success = true;
    s->g->param = s;
    goready(s->g);
}

static void bufsend(hchan *c, const void *ep) {
    memmove(chanbuf(c, c->sendx), ep, c->elemsize);
    if (++c->sendx == c->dataqsiz)
        c->sendx = 0;
    c->qcount++;
}

// park queues the current goroutine on q with elem and waits; it returns
// whether a communication (not close) woke it.
static bool park(hchan *c, waitq *q, void *elem, const char *reason) {
    sudog s = {.g = getg(), .elem = elem, .c = c};
    enqueue(q, &s);
    getg()->param = NULL;
    gopark(reason);
    return s.success;
}

// chansend sends *ep on c; without block it only sends if it can do so at
// once, and says whether it did (= runtime.chansend).
bool chansend(hchan *c, const void *ep, bool block) {
    if (c == NULL) {
        if (!block)
            return false;
        gopark("chan send (nil chan)");
        throw("unreachable");
    }
    if (!block && !c->closed && full(c))
        return false;
    if (c->closed)
        panicplain(cstring("send on closed channel"));
    sudog *s = dequeue(&c->recvq);
    if (s) {
        send(c, s, ep);
        return true;
    }
    if (c->qcount < c->dataqsiz) {
        bufsend(c, ep);
        return true;
    }
    if (!block)
        return false;
    if (!park(c, &c->sendq, (void *)ep, "chan send"))
        panicplain(cstring("send on closed channel"));
    return true;
}

// chansend1 = `c <- *elem` (compiled code passes the value's address).
void chansend1(hchan *c, const void *elem) __asm__("runtime.chansend1");
void chansend1(hchan *c, const void *elem) { chansend(c, elem, true); }

// ---- Receiving ----------------------------------------------------------------------------

// recv takes a value from the waiting sender s (= runtime.recv): directly
// when unbuffered; else the buffer's head, and s's value goes to its tail.
static void recv(hchan *c, sudog *s, void *ep) {
    if (c->dataqsiz == 0) {
        if (ep)
            memmove(ep, s->elem, c->elemsize);
    } else {
        void *qp = chanbuf(c, c->recvx);
        if (ep)
            memmove(ep, qp, c->elemsize);
        memmove(qp, s->elem, c->elemsize);
        if (++c->recvx == c->dataqsiz)
            c->recvx = 0;
        c->sendx = c->recvx;
    }
    s->success = true;
    s->g->param = s;
    goready(s->g);
}

static void bufrecv(hchan *c, void *ep) {
    void *qp = chanbuf(c, c->recvx);
    if (ep)
        memmove(ep, qp, c->elemsize);
    memset(qp, 0, c->elemsize);
    if (++c->recvx == c->dataqsiz)
        c->recvx = 0;
    c->qcount--;
}

// chanrecv receives from c into *ep (ep may be NULL: the value is dropped);
// selected: it did (always when block); received: a value came, not the
// zero value of a closed channel (= runtime.chanrecv).
typedef struct RecvResult {
    uint64_t selected, received;
} RecvResult;

RecvResult chanrecv(hchan *c, void *ep, bool block) {
    if (c == NULL) {
        if (!block)
            return (RecvResult){0, 0};
        gopark("chan receive (nil chan)");
        throw("unreachable");
    }
    bool empty = c->dataqsiz == 0 ? c->sendq.first == NULL : c->qcount == 0;
    if (!block && empty && !c->closed)
        return (RecvResult){0, 0};
    if (c->closed && c->qcount == 0) {
        if (ep)
            memset(ep, 0, c->elemsize);
        return (RecvResult){1, 0};
    }
    sudog *s = dequeue(&c->sendq);
    if (s) {
        recv(c, s, ep);
        return (RecvResult){1, 1};
    }
    if (c->qcount > 0) {
        bufrecv(c, ep);
        return (RecvResult){1, 1};
    }
    if (!block)
        return (RecvResult){0, 0};
    bool ok = park(c, &c->recvq, ep, "chan receive");
    return (RecvResult){1, ok};
}

// chanrecv1 = `<-c`, chanrecv2 = `v, ok := <-c`.
void chanrecv1(hchan *c, void *elem) __asm__("runtime.chanrecv1");
void chanrecv1(hchan *c, void *elem) { chanrecv(c, elem, true); }
uint64_t chanrecv2(hchan *c, void *elem) __asm__("runtime.chanrecv2");
uint64_t chanrecv2(hchan *c, void *elem) { return chanrecv(c, elem, true).received; }

// selectnbsend = `select { case c <- v: ... default: ... }`; selectnbrecv
// the same with a receive (gc's walkSelectCases special cases).
uint64_t selectnbsend(hchan *c, const void *elem) __asm__("runtime.selectnbsend");
uint64_t selectnbsend(hchan *c, const void *elem) { return chansend(c, elem, false); }
RecvResult selectnbrecv(void *elem, hchan *c) __asm__("runtime.selectnbrecv");
RecvResult selectnbrecv(void *elem, hchan *c) { return chanrecv(c, elem, false); }

// ---- select ---------------------------------------------------------------------------------

// scase is one case of a select (= rt/select.go scase): the channel and the
// address of the value to send or of where to receive. Keep in sync with
// codegen/select.c.
typedef struct scase {
    hchan *c;
    void *elem;
} scase;

typedef struct SelectResult {
    int64_t chosen;
    uint64_t recvok;
} SelectResult;

static uint64_t fastrandstate;

// fastrandn: a uniform number in [0, n) (= runtime.fastrandn), xorshift64*.
static uint32_t fastrandn(uint32_t n) {
    if (fastrandstate == 0)
        fastrandstate = (uint64_t)nanotime() | 1;
    fastrandstate ^= fastrandstate >> 12;
    fastrandstate ^= fastrandstate << 25;
    fastrandstate ^= fastrandstate >> 27;
    uint32_t r = (uint32_t)((fastrandstate * 2685821657736338717ull) >> 32);
    return (uint32_t)(((uint64_t)r * n) >> 32);
}

// pollcase tries case i at once; it returns whether it is ready (and done).
static bool pollcase(scase *cas, int i, int nsends, uint64_t *recvok) {
    hchan *c = cas[i].c;
    if (i < nsends) {
        if (c->closed)
            panicplain(cstring("send on closed channel"));
        sudog *s = dequeue(&c->recvq);
        if (s)
            send(c, s, cas[i].elem);
        else if (c->qcount < c->dataqsiz)
            bufsend(c, cas[i].elem);
        else
            return false;
        return true;
    }
    sudog *s = dequeue(&c->sendq);
    *recvok = 1;
    if (s)
        recv(c, s, cas[i].elem);
    else if (c->qcount > 0)
        bufrecv(c, cas[i].elem);
    else if (c->closed) {
        *recvok = 0;
        if (cas[i].elem)
            memset(cas[i].elem, 0, c->elemsize);
    } else
        return false;
    return true;
}

// selectgo runs a select statement of nsends send cases followed by nrecvs
// receive cases (= runtime.selectgo): the cases are polled in a random
// order (pollorder, the first half of order0; the lock order is not needed
// on one thread); the first ready one is chosen. Otherwise, unless !block
// (a default case: -1), the goroutine waits on every channel at once and
// the first communication wins; the other sudogs are then dequeued.
SelectResult selectgo(scase *cas0, uint16_t *order0, void *pc0, int64_t nsends, int64_t nrecvs,
                      bool block) __asm__("runtime.selectgo");
SelectResult selectgo(scase *cas0, uint16_t *order0, void *pc0, int64_t nsends, int64_t nrecvs,
                      bool block) {
    (void)pc0;
    int ncases = (int)(nsends + nrecvs);
    uint16_t *pollorder = order0;
    int norder = 0;
    for (int i = 0; i < ncases; i++) {
        if (cas0[i].c == NULL) {
            cas0[i].elem = NULL;  // a nil channel's case is never ready
            continue;
        }
        int j = (int)fastrandn((uint32_t)norder + 1);
        pollorder[norder] = pollorder[j];
        pollorder[j] = (uint16_t)i;
        norder++;
    }
    uint64_t recvok = 0;
    for (int k = 0; k < norder; k++)
        if (pollcase(cas0, pollorder[k], (int)nsends, &recvok))
            return (SelectResult){pollorder[k], recvok};
    if (!block)
        return (SelectResult){-1, 0};
    if (norder == 0) {
        gopark("select (no cases)");
        throw("unreachable");
    }
    g *gp = getg();
    sudog *sgs = mallocgc(sizeof(sudog) * (uint64_t)ncases, NULL, 1);
    gp->selectdone = false;
    gp->param = NULL;
    for (int i = 0; i < ncases; i++) {
        hchan *c = cas0[i].c;
        if (!c)
            continue;
        sgs[i] = (sudog){.g = gp, .elem = cas0[i].elem, .c = c, .isselect = true};
        enqueue(i < nsends ? &c->sendq : &c->recvq, &sgs[i]);
    }
    gopark("select");
    sudog *won = gp->param;
    gp->selectdone = false;
    int chosen = -1;
    for (int i = 0; i < ncases; i++) {
        hchan *c = cas0[i].c;
        if (!c)
            continue;
        if (&sgs[i] == won)
            chosen = i;
        else
            dequeue_sudog(i < nsends ? &c->sendq : &c->recvq, &sgs[i]);
    }
    if (chosen < 0)
        throw("selectgo: bad wakeup");
    if (chosen < nsends && !won->success)
        panicplain(cstring("send on closed channel"));
    return (SelectResult){chosen, chosen < nsends ? 0 : won->success};
}

// block = `select {}` (= runtime.block).
void block(void) __asm__("runtime.block");
void block(void) {
    gopark("select (no cases)");
    throw("unreachable");
}
