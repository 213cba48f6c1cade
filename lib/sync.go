// Package sync: Mutex, RWMutex, WaitGroup and Once (LANGUAGE.md), written in
// mini-Go over the runtime's semaphores (runtime/sema.c, = Go's
// runtime_Semacquire/runtime_Semrelease). Goroutines switch only when they
// block (runtime/proc.c), so the state words need no atomic operations; a
// goroutine woken by runtime_Semrelease has been handed what it waited for.
package sync

// runtime_Semacquire waits until *s > 0 and decrements it;
// runtime_Semrelease increments it, waking the first waiter (FIFO).
func runtime_Semacquire(s *uint32)
func runtime_Semrelease(s *uint32)

// throw ends the program with `fatal error: msg` (an unrecoverable misuse).
func throw(msg string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; its zero value is unlocked. Unlock
// hands the lock to the longest waiting goroutine, if any.
type Mutex struct {
	locked  bool
	waiters int32
	sema    uint32
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if !m.locked {
		m.locked = true
		return
	}
	m.waiters++
	runtime_Semacquire(&m.sema) // Unlock handed the lock over: still locked
}

// TryLock locks m if it is free and reports whether it did.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m; it is a fatal error if m is not locked.
func (m *Mutex) Unlock() {
	if !m.locked {
		throw("sync: unlock of unlocked mutex")
	}
	if m.waiters > 0 {
		m.waiters--
		runtime_Semrelease(&m.sema)
		return
	}
	m.locked = false
}

// An RWMutex is a reader/writer mutual exclusion lock: any number of readers
// or one writer. A waiting writer keeps new readers out.
type RWMutex struct {
	writer   bool   // a writer holds the lock
	readers  int32  // readers holding it
	rwait    int32  // readers waiting on rsema
	wwait    int32  // writers waiting on wsema
	rsema    uint32
	wsema    uint32
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	for rw.writer || rw.wwait > 0 {
		rw.rwait++
		runtime_Semacquire(&rw.rsema)
		if !rw.writer {
			break // released by Unlock: the readers go first
		}
	}
	rw.readers++
}

// TryRLock locks rw for reading if it can at once.
func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.wwait > 0 {
		return false
	}
	rw.readers++
	return true
}

// RUnlock undoes one RLock; the last reader out lets a waiting writer in.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		throw("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 && rw.wwait > 0 {
		rw.wwait--
		rw.writer = true
		runtime_Semrelease(&rw.wsema)
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	if !rw.writer && rw.readers == 0 {
		rw.writer = true
		return
	}
	rw.wwait++
	runtime_Semacquire(&rw.wsema) // handed over with writer set
}

// TryLock locks rw for writing if it can at once.
func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

// Unlock unlocks rw for writing: waiting readers go first, else one writer.
func (rw *RWMutex) Unlock() {
	if !rw.writer {
		throw("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	if rw.rwait > 0 {
		for rw.rwait > 0 {
			rw.rwait--
			runtime_Semrelease(&rw.rsema)
		}
		return
	}
	if rw.wwait > 0 {
		rw.wwait--
		rw.writer = true
		runtime_Semrelease(&rw.wsema)
	}
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	count   int64
	waiters int32
	sema    uint32
}

// Add adds delta to the counter; at zero every Wait returns.
func (wg *WaitGroup) Add(delta int) {
	wg.count += int64(delta)
	if wg.count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.count > 0 {
		return
	}
	for wg.waiters > 0 {
		wg.waiters--
		runtime_Semrelease(&wg.sema)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait waits until the counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.count == 0 {
		return
	}
	wg.waiters++
	runtime_Semacquire(&wg.sema)
}

// Once performs exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time on o; a
// concurrent call waits until f has returned (or panicked).
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() { o.done = true }

// Cond is a condition variable: goroutines wait on it for an event that
// another signals.
type Cond struct {
	L       Locker
	waiters int32
	sema    uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for a Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	c.waiters++
	c.L.Unlock()
	runtime_Semacquire(&c.sema)
	c.L.Lock()
}

// Signal wakes the longest waiting goroutine, if any.
func (c *Cond) Signal() {
	if c.waiters > 0 {
		c.waiters--
		runtime_Semrelease(&c.sema)
	}
}

// Broadcast wakes every waiting goroutine.
func (c *Cond) Broadcast() {
	for c.waiters > 0 {
		c.waiters--
		runtime_Semrelease(&c.sema)
	}
}
