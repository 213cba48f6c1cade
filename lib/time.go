// Package time: instants, durations, calendar dates and their formatting
// (LANGUAGE.md), written in mini-Go for mgc with go1.19's results and
// messages; the clock and the Local time zone come from runtime/time.c.
//
// A Time is seconds and nanoseconds since January 1, year 1, 00:00:00 UTC
// (so the zero Time is that instant, as in Go), an optional monotonic clock
// reading (Now's; Sub, Since, Until, Before, After and Equal use it when
// both times have one) and a *Location: UTC (nil), Local, or a FixedZone.
// Local is the C library's local time zone, which follows $TZ and
// /etc/localtime as Go does. LoadLocation and Parse are not offered; the
// timers (Sleep, After, Tick, Timer, Ticker) come with goroutines, see the
// end of this file.
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// The layouts of Time.Format: each spells the reference time
// Mon Jan 2 15:04:05 MST 2006 (Unix time 1136239445) as it should appear.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var longMonthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// ---- The operating system's half (runtime/time.c) --------------------------

// now returns the time of day: Unix seconds and nanoseconds.
func now() (sec int64, nsec int64)

// runtimeNano returns the monotonic clock in nanoseconds.
func runtimeNano() int64

// localZone returns the abbreviation and offset (seconds east of UTC) of the
// Local time zone at Unix second sec.
func localZone(sec int64) (name string, offset int)

// localName returns the name of the Local location: "Local" for
// /etc/localtime, $TZ's zone name, or "UTC" where Go uses UTC.
func localName() string

// startNano is the monotonic clock when the program started, less 1 (so a
// reading is never 0): Now's monotonic readings count from it.
var startNano = runtimeNano() - 1

// ---- Durations -----------------------------------------------------------------

// String returns a string representing the duration in the form "72h3m0.5s":
// leading zero units are omitted, a duration under one second uses a
// smaller unit ("1.2ms"), and the zero duration is "0s".
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		if u == 0 {
			return "0s"
		}
		w--
		buf[w] = 's'
		prec := 0
		switch {
		case u < uint64(Microsecond):
			w--
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w -= 2 // U+00B5 'µ' micro sign, two bytes
			buf[w], buf[w+1] = 0xc2, 0xb5
		default:
			prec = 6
			w--
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60) // u is now whole seconds
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// fmtFrac writes the fraction of v/10^prec at the end of buf, without
// trailing zeros and without the point if it is zero; it returns where the
// text starts and v/10^prec.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	printed := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		printed = printed || digit != 0
		if printed {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if printed {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt writes v in decimal at the end of buf and returns where it starts.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
		return w
	}
	for v > 0 {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
	}
	return w
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds, Minutes and Hours divide the whole units and the remainder
// separately, so the result is as exact as a float64 allows.
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

// Truncate returns d rounded toward zero to a multiple of m (d if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y, without overflow.
func lessThanHalf(x, y Duration) bool { return uint64(x)+uint64(x) < uint64(y) }

// Round returns d rounded to the nearest multiple of m, halfway values away
// from zero; a result that would overflow is the largest (or smallest)
// Duration.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d (the largest Duration for the smallest).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// ---- Months and weekdays -----------------------------------------------------

// String returns the English name of the month ("January"), or
// "%!Month(13)" out of range.
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	var buf [20]byte
	return "%!Month(" + string(buf[fmtInt(buf[:], uint64(m)):]) + ")"
}

// String returns the English name of the day ("Sunday"), or
// "%!Weekday(7)" out of range.
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	var buf [20]byte
	return "%!Weekday(" + string(buf[fmtInt(buf[:], uint64(d)):]) + ")"
}

// ---- Locations -------------------------------------------------------------------

// A Location maps instants to the zone in use there: UTC, Local (the C
// library's zone) or a fixed offset.
type Location struct {
	name   string
	zone   string // the abbreviation of a fixed zone
	offset int    // seconds east of UTC, of a fixed zone
	local  bool   // ask localZone
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", local: true}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone ($TZ, else /etc/localtime).
var Local *Location = &localLoc

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	if l.local {
		return localName()
	}
	return l.name
}

// lookup returns the zone in effect at Unix second sec.
func (l *Location) lookup(sec int64) (name string, offset int) {
	if l == nil {
		return "UTC", 0
	}
	if l.local {
		return localZone(sec)
	}
	return l.zone, l.offset
}

// ---- Times ---------------------------------------------------------------------------

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec     int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec    int32 // [0, 999999999]
	hasMono bool
	mono    int64 // nanoseconds since startNano, if hasMono
	loc     *Location
}

// The seconds from January 1, year 1 to January 1, 1970, both UTC.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

const secondsPerDay = 86400

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec := now()
	mono := runtimeNano() - startNano
	return Time{sec + unixToInternal, int32(nsec), true, mono, Local}
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC; nsec may be
// outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time in
// milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in
// microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) unixSec() int64 { return t.sec - unixToInternal }

// Unix returns t as a Unix time, the number of seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixNano returns t as nanoseconds since January 1, 1970 UTC (undefined
// outside about the years 1678 to 2262, as in Go).
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + int64(t.nsec) }

func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec)/1e6 }

func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec)/1e3 }

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether t is after u (by the monotonic readings if both have one).
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u are the same instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns t+d. The monotonic reading moves too, unless it would overflow.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			t.hasMono, t.mono = false, 0
		} else {
			t.mono = te
		}
	}
	return t
}

// Sub returns the duration t-u, the largest (or smallest) Duration if it
// does not fit; by the monotonic readings if both have one.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

// setLoc gives t the location loc, dropping the monotonic reading.
func (t Time) setLoc(loc *Location) Time {
	if loc == &utcLoc {
		loc = nil
	}
	t.hasMono, t.mono = false, 0
	t.loc = loc
	return t
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return t.setLoc(&utcLoc) }

// Local returns t with the location set to local time.
func (t Time) Local() Time { return t.setLoc(Local) }

// In returns a copy of t representing the same instant in loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.setLoc(loc)
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t: its abbreviated name and
// its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	return t.loc.lookup(t.unixSec())
}

// StripMono: Round(0) returns t without its monotonic reading.
func (t Time) stripMono() Time {
	t.hasMono, t.mono = false, 0
	return t
}

// ---- The calendar ------------------------------------------------------------

// civil returns the proleptic Gregorian date of day number days since
// 1970-01-01 (counting in 400-year eras of 146097 days, each starting on
// March 1 so that the leap day ends a year).
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468 // days since 0000-03-01
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365], from March 1
	mp := (5*doy + 2) / 153                                // [0, 11], March = 0
	day = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		month = Month(mp + 3)
	} else {
		month = Month(mp - 9)
	}
	year = int(yoe + era*400)
	if month <= February {
		year++
	}
	return
}

// daysFrom is civil's inverse: the day number since 1970-01-01 of a valid
// date.
func daysFrom(year int, month Month, day int) int64 {
	y := int64(year)
	if month <= February {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	m := int64(month) + 9
	if month > February {
		m = int64(month) - 3
	}
	doy := (153*m+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// floorDiv is a/b rounded down, with the remainder in [0, b).
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return
}

// abs returns t's seconds since 1970 in its own zone (Unix time plus the
// zone's offset), with the zone.
func (t Time) abs() (local int64, name string, offset int) {
	sec := t.unixSec()
	name, offset = t.loc.lookup(sec)
	return sec + int64(offset), name, offset
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	local, _, _ := t.abs()
	days, _ := floorDiv(local, secondsPerDay)
	return civil(days)
}

func (t Time) Year() int {
	year, _, _ := t.Date()
	return year
}

func (t Time) Month() Month {
	_, month, _ := t.Date()
	return month
}

func (t Time) Day() int {
	_, _, day := t.Date()
	return day
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	local, _, _ := t.abs()
	_, s := floorDiv(local, secondsPerDay)
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

func (t Time) Hour() int {
	local, _, _ := t.abs()
	_, s := floorDiv(local, secondsPerDay)
	return int(s / 3600)
}

func (t Time) Minute() int {
	local, _, _ := t.abs()
	_, s := floorDiv(local, 3600)
	return int(s / 60)
}

func (t Time) Second() int {
	local, _, _ := t.abs()
	_, s := floorDiv(local, 60)
	return int(s)
}

// Nanosecond returns the nanosecond offset within the second, [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// Weekday returns the day of the week specified by t (1970-01-01 was a Thursday).
func (t Time) Weekday() Weekday {
	local, _, _ := t.abs()
	days, _ := floorDiv(local, secondsPerDay)
	_, wd := floorDiv(days+int64(Thursday), 7)
	return Weekday(wd)
}

// YearDay returns the day of the year specified by t, in [1, 365] for
// non-leap years and [1, 366] in leap years.
func (t Time) YearDay() int {
	local, _, _ := t.abs()
	days, _ := floorDiv(local, secondsPerDay)
	year, _, _ := civil(days)
	return int(days-daysFrom(year, January, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number of t: weeks start on
// Monday, and week 1 is the one with the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	local, _, _ := t.abs()
	days, _ := floorDiv(local, secondsPerDay)
	wd := int64(t.Weekday()+6) % 7 // Monday = 0
	thursday := days - wd + 3      // the Thursday of t's week decides its year
	year, _, _ = civil(thursday)
	return year, int(thursday-daysFrom(year, January, 1))/7 + 1
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in loc. Values outside their usual ranges are normalized
// (October 32 is November 1). In a zone that changes offset the result is
// correct at one of the two times a clock may show twice.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	years, m := floorDiv(int64(month)-1, 12)
	year += int(years)
	month = Month(m) + 1
	carry, ns := floorDiv(int64(nsec), 1e9)
	unix := daysFrom(year, month, 1)*secondsPerDay + int64(day-1)*secondsPerDay +
		int64(hour)*3600 + int64(min)*60 + int64(sec) + carry
	_, offset := loc.lookup(unix)
	if offset != 0 {
		// unix is the wall clock read as UTC; the zone at that instant may
		// differ from the zone at the real instant, unix-offset.
		if _, off2 := loc.lookup(unix - int64(offset)); off2 != offset {
			offset = off2
		}
		unix -= int64(offset)
	}
	t := Time{sec: unix + unixToInternal, nsec: int32(ns)}
	return t.setLoc(loc)
}

// AddDate returns t plus the given years, months and days, normalized as
// Date normalizes (October 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// mulmod returns a*b mod m for a, b in [0, m) without overflow, by doubling.
func mulmod(a, b, m uint64) uint64 {
	r := uint64(0)
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// sinceZero returns t's distance from the zero Time modulo d (d > 0),
// in [0, d) also before the year 1: = the remainder of Go's div.
func (t Time) sinceZero(d Duration) Duration {
	m := uint64(d)
	sec, nsec := t.sec, int64(t.nsec)
	neg := sec < 0
	if neg { // the remainder of -t, then d minus it
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	r := (mulmod(uint64(sec)%m, uint64(1e9)%m, m) + uint64(nsec)%m) % m
	if neg && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// Truncate returns t rounded down to a multiple of d since the zero time,
// without its monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.sinceZero(d))
}

// Round returns t rounded to the nearest multiple of d since the zero time
// (halfway values up), without its monotonic reading.
func (t Time) Round(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.sinceZero(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// ---- Formatting ----------------------------------------------------------------

// String returns t formatted as "2006-01-02 15:04:05.999999999 -0700 MST",
// then " m=±s.nnnnnnnnn" (the monotonic reading in seconds) if it has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if !t.hasMono {
		return s
	}
	m := uint64(t.mono)
	sign := byte('+')
	if t.mono < 0 {
		sign = '-'
		m = -m
	}
	buf := []byte(" m=")
	buf = append(buf, sign)
	buf = appendInt(buf, int(m/1e9), 0)
	buf = append(buf, '.')
	buf = appendInt(buf, int(m%1e9), 9)
	return s + string(buf)
}

// Format returns t as layout spells the reference time
// Mon Jan 2 15:04:05 -0700 MST 2006 (see the layout constants).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// The kinds of layout element (std*), as Go names them.
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0 // ".000": fixed digits
	stdFracSecond9 // ".999": trailing zeros dropped
)

// layoutElem is one element of a layout after its literal prefix: the kind,
// and for a fraction its digits and separator ('.' or ',').
type layoutElem struct {
	std    int
	digits int
	sep    byte
}

// The "0x" elements "01" .. "06".
var std0x = [6]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}

// The zone elements, longest first so "-0700" is not read as "-07".
var zoneElems = []string{"-070000", "-07:00:00", "-0700", "-07:00", "-07",
	"Z070000", "Z07:00:00", "Z0700", "Z07:00", "Z07"}
var zoneStds = []int{stdNumSecondsTz, stdNumColonSecondsTZ, stdNumTZ, stdNumColonTZ, stdNumShortTZ,
	stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ, stdISO8601TZ, stdISO8601ColonTZ, stdISO8601ShortTZ}

func hasPrefix(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

// startsWithLowerCase keeps "Month" from matching "Mon".
func startsWithLowerCase(s string) bool { return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z' }

// nextStdChunk splits layout at its first element: the literal text
// before it, the element (std == stdNone if there is none) and the rest.
func nextStdChunk(layout string) (prefix string, e layoutElem, suffix string) {
	for i := 0; i < len(layout); i++ {
		if std, n := stdAt(layout[i:]); std != stdNone {
			e.std = std
			if std == stdFracSecond0 || std == stdFracSecond9 {
				e.digits, e.sep = n-1, layout[i]
			}
			if std == stdLongYear && layout[i] == '_' { // "_2006" is "_" then "2006"
				return layout[:i+1], e, layout[i+n:]
			}
			return layout[:i], e, layout[i+n:]
		}
	}
	return layout, e, ""
}

// stdAt returns the element at the start of s and its length in bytes
// (the "_" of "_2006" included), or stdNone.
func stdAt(s string) (std, n int) {
	switch s[0] {
	case 'J':
		if hasPrefix(s, "January") {
			return stdLongMonth, 7
		}
		if hasPrefix(s, "Jan") && !startsWithLowerCase(s[3:]) {
			return stdMonth, 3
		}
	case 'M':
		if hasPrefix(s, "Monday") {
			return stdLongWeekDay, 6
		}
		if hasPrefix(s, "Mon") && !startsWithLowerCase(s[3:]) {
			return stdWeekDay, 3
		}
		if hasPrefix(s, "MST") {
			return stdTZ, 3
		}
	case '0':
		if len(s) >= 2 && '1' <= s[1] && s[1] <= '6' {
			return std0x[s[1]-'1'], 2
		}
		if hasPrefix(s, "002") {
			return stdZeroYearDay, 3
		}
	case '1':
		if hasPrefix(s, "15") {
			return stdHour, 2
		}
		return stdNumMonth, 1
	case '2':
		if hasPrefix(s, "2006") {
			return stdLongYear, 4
		}
		return stdDay, 1
	case '_':
		if hasPrefix(s, "_2006") {
			return stdLongYear, 5
		}
		if hasPrefix(s, "_2") {
			return stdUnderDay, 2
		}
		if hasPrefix(s, "__2") {
			return stdUnderYearDay, 3
		}
	case '3':
		return stdHour12, 1
	case '4':
		return stdMinute, 1
	case '5':
		return stdSecond, 1
	case 'P':
		if hasPrefix(s, "PM") {
			return stdPM, 2
		}
	case 'p':
		if hasPrefix(s, "pm") {
			return stdpm, 2
		}
	case '-', 'Z':
		for i, z := range zoneElems {
			if hasPrefix(s, z) {
				return zoneStds[i], len(z)
			}
		}
	case '.', ',':
		return fracAt(s)
	}
	return stdNone, 0
}

// fracAt reads ".000" or ".999" (or with ','): a run of one digit after the
// separator, not followed by another digit.
func fracAt(s string) (std, n int) {
	if len(s) < 2 || s[1] != '0' && s[1] != '9' {
		return stdNone, 0
	}
	j := 1
	for j < len(s) && s[j] == s[1] {
		j++
	}
	if j < len(s) && '0' <= s[j] && s[j] <= '9' {
		return stdNone, 0
	}
	if s[1] == '9' {
		return stdFracSecond9, j
	}
	return stdFracSecond0, j
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := fmtInt(buf[:], uint64(u))
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// AppendFormat is like Format but appends the textual representation to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	local, name, offset := t.abs()
	days, s := floorDiv(local, secondsPerDay)
	year, month, day := civil(days)
	yday := int(days-daysFrom(year, January, 1)) + 1
	_, wd := floorDiv(days+int64(Thursday), 7)
	hour, min, sec := int(s/3600), int(s%3600/60), int(s%60)
	for layout != "" {
		prefix, e, suffix := nextStdChunk(layout)
		b = append(b, prefix...)
		if e.std == stdNone {
			break
		}
		layout = suffix
		switch e.std {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, Weekday(wd).String()[:3]...)
		case stdLongWeekDay:
			b = append(b, Weekday(wd).String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12:
			b = appendInt(b, hour12(hour), 0)
		case stdZeroHour12:
			b = appendInt(b, hour12(hour), 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			b = append(b, ampm(hour, "AM", "PM")...)
		case stdpm:
			b = append(b, ampm(hour, "am", "pm")...)
		case stdTZ:
			b = appendZoneName(b, name, offset)
		case stdFracSecond0, stdFracSecond9:
			b = appendFrac(b, int(t.nsec), e)
		default:
			b = appendZone(b, offset, e.std)
		}
	}
	return b
}

func hour12(hour int) int {
	if hour%12 == 0 {
		return 12
	}
	return hour % 12
}

func ampm(hour int, am, pm string) string {
	if hour >= 12 {
		return pm
	}
	return am
}

// appendZoneName appends the zone's abbreviation, or its offset as -0700
// if it has none.
func appendZoneName(b []byte, name string, offset int) []byte {
	if name != "" {
		return append(b, name...)
	}
	zone := offset / 60
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	return appendInt(b, zone%60, 2)
}

// appendZone appends a numeric zone: ±hh, then mm (with ':' in the colon
// forms) except for the short forms, then ss for the seconds forms; the
// ISO 8601 forms write UTC as "Z".
func appendZone(b []byte, offset int, std int) []byte {
	iso := std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ ||
		std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ
	if offset == 0 && iso {
		return append(b, 'Z')
	}
	colon := std == stdISO8601ColonTZ || std == stdNumColonTZ ||
		std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ
	seconds := std == stdISO8601SecondsTZ || std == stdNumSecondsTz ||
		std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ
	zone := offset / 60
	absoffset := offset
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
		absoffset = -absoffset
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	if colon {
		b = append(b, ':')
	}
	if std != stdNumShortTZ && std != stdISO8601ShortTZ {
		b = appendInt(b, zone%60, 2)
	}
	if seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, absoffset%60, 2)
	}
	return b
}

// appendFrac appends the fraction of a second: e.digits digits (at most 9),
// or for ".999" without trailing zeros and nothing if it is zero.
func appendFrac(b []byte, nsec int, e layoutElem) []byte {
	var buf [9]byte
	for i := 8; i >= 0; i-- {
		buf[i] = byte(nsec%10) + '0'
		nsec /= 10
	}
	n := e.digits
	if n > 9 {
		n = 9
	}
	if e.std == stdFracSecond9 {
		for n > 0 && buf[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, e.sep)
	return append(b, buf[:n]...)
}

// ---- ParseDuration ------------------------------------------------------------

var errLeadingInt = errors.New("time: bad [0-9]*")

// leadingInt consumes the leading decimal digits of s (at most 1<<63).
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the digits after a decimal point: their value
// (the digits that fit) and 10^(digits that fit).
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// unitOf returns the nanoseconds of a duration unit, or 0.
func unitOf(u string) uint64 {
	switch u {
	case "ns":
		return uint64(Nanosecond)
	case "us", "\u00b5s", "\u03bcs": // micro sign and Greek mu
		return uint64(Microsecond)
	case "ms":
		return uint64(Millisecond)
	case "s":
		return uint64(Second)
	case "m":
		return uint64(Minute)
	case "h":
		return uint64(Hour)
	}
	return 0
}

const lowerhex = "0123456789abcdef"

// quote is time's own quoting for its error messages: bytes outside
// printable ASCII as \xNN, '"' and '\\' escaped.
func quote(s string) string {
	buf := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			buf = append(buf, '\\', 'x', lowerhex[c>>4], lowerhex[c&0xF])
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, c)
	}
	return string(append(buf, '"'))
}

// ParseDuration parses a duration string: a possibly signed sequence of
// decimal numbers, each with optional fraction and a unit suffix, such as
// "300ms", "-1.5h" or "2h45m". Valid time units are "ns", "us" (or "µs"),
// "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var d uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalid
		}
		before := len(s)
		v, rest, err := leadingInt(s)
		if err != nil {
			return 0, invalid
		}
		s = rest
		pre := before != len(s)
		post := false
		var f uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			before = len(s)
			f, scale, s = leadingFraction(s)
			post = before != len(s)
		}
		if !pre && !post {
			return 0, invalid
		}
		i := 0
		for ; i < len(s); i++ {
			if c := s[i]; c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit := unitOf(u)
		if unit == 0 {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalid
	}
	return Duration(d), nil
}

// ---- Sleep and timers (runtime/timer.c) ---------------------------------------

// Sleep pauses the current goroutine for at least d; d <= 0 returns at once.
func Sleep(d Duration)

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
