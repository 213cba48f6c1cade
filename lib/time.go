// Package time: durations, the monotonic clock, and timers (LANGUAGE.md).
//
// MERGE NOTE: this file holds two blocks. The first (Duration and its
// constants, a minimal Time read from the monotonic clock) only stands in
// for the calendar part of package time that is written separately; keep
// that one's declarations and drop these when the two meet. The second block
// (Sleep, Timer, Ticker, After, Tick, AfterFunc) is the goroutine work of
// runtime/time.c and belongs here as it is.
package time

// ---- Durations and the clock (stand-in; see the merge note) ----

// A Duration is the time between two instants, in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Nanoseconds, Microseconds, Milliseconds, Seconds, Minutes and Hours give
// the duration in those units.
func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// A Time here is an instant of the monotonic clock.
type Time struct {
	mono int64 // runtimeNano() at the instant
}

// Now returns the current time.
func Now() Time { return Time{mono: runtimeNano()} }

// Sub returns t-u.
func (t Time) Sub(u Time) Duration { return Duration(t.mono - u.mono) }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Add returns t+d.
func (t Time) Add(d Duration) Time { return Time{mono: t.mono + int64(d)} }

// Before, After and Equal compare instants.
func (t Time) Before(u Time) bool { return t.mono < u.mono }
func (t Time) After(u Time) bool  { return t.mono > u.mono }
func (t Time) Equal(u Time) bool  { return t.mono == u.mono }

// ---- Sleep and timers (runtime/time.c) ----

// Sleep pauses the current goroutine for at least d; d <= 0 returns at once.
func Sleep(d Duration)

// runtimeNano returns the runtime's monotonic clock, in nanoseconds.
func runtimeNano() int64

// rtimer is the runtime's timer (runtime/time.c), seen only through pointers.
type rtimer struct {
	when int64
}

// startTimer calls f at the runtime clock's instant when, then every period
// if period > 0; stopTimer and resetTimer report whether it was pending.
func startTimer(when int64, period int64, f func()) *rtimer
func stopTimer(t *rtimer) bool
func resetTimer(t *rtimer, when int64, period int64) bool

// when is the runtime clock's instant d from now (= time.when).
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1 // the far future
	}
	return t
}

// sendTime sends the current time on c unless it is full (= time.sendTime):
// a timer never blocks the runtime.
func sendTime(c chan Time) {
	select {
	case c <- Now():
	default:
	}
}

// The Timer type represents a single event: the time is sent on C when it
// expires, unless it was made by AfterFunc.
type Timer struct {
	C <-chan Time
	r *rtimer
}

// NewTimer creates a Timer that sends the current time on its channel after d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r = startTimer(when(d), 0, func() { sendTime(c) })
	return t
}

// Stop prevents the Timer from firing; it reports whether it stopped it.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset makes the timer expire after d; it reports whether it was active.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, when(d), 0)
}

// After waits for d and then sends the current time on the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for d and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r = startTimer(when(d), 0, func() { go f() })
	return t
}

// A Ticker holds a channel that delivers the time every period.
type Ticker struct {
	C <-chan Time
	r *rtimer
}

// NewTicker returns a Ticker sending the time on its channel every d; d must
// be positive. A slow receiver misses ticks rather than queueing them.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r = startTimer(when(d), int64(d), func() { sendTime(c) })
	return t
}

// Stop turns off the ticker; no more ticks are sent.
func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

// Reset stops the ticker and resets its period to d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, when(d), int64(d))
}

// Tick is NewTicker(d).C, or nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
