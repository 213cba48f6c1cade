// Package time: instants, durations, calendar dates and their formatting
// (LANGUAGE.md), written in mini-Go for mgc with go1.19's results and
// messages; the clock and the Local time zone come from runtime/time.c.
//
// A Time is seconds and nanoseconds since January 1, year 1, 00:00:00 UTC
// (so the zero Time is that instant, as in Go), an optional monotonic clock
// reading (Now's; Sub, Since, Until, Before, After and Equal use it when
// both times have one) and a *Location: UTC (nil), Local, a FixedZone or a
// zone file's (LoadLocation). Local and LoadLocation read the zone files as
// Go does ($TZ, /etc/localtime, /usr/share/zoneinfo), with the TZ rule at a
// file's end for times after its last transition. The timers (Sleep,
// After, Tick, Timer, Ticker) come with goroutines, see the end of this
// file.
package time

import (
	"errors"
	"syscall"
)

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

// getenv returns the value of the environment variable key and whether it
// is set (= syscall.Getenv).
func getenv(key string) (value string, found bool)

// readFile returns the contents of the file name, or the errno of the
// failed open or read, or -1 if it is larger than 10 MB.
func readFile(name string) (data []byte, errno int)

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

// A Location maps instants to the zone in use there: a name, the zones
// (offset and abbreviation) it has used, the transitions from one to the
// next, and the TZ rule string (extend) that gives the zones after the
// last transition. UTC has no zones; a FixedZone has one.
type Location struct {
	name   string
	zone   []zone
	tx     []zoneTrans
	extend string
}

// A zone is one of a Location's time zones: CET, CEST, ...
type zone struct {
	name   string // the abbreviation
	offset int    // seconds east of UTC
	isDST  bool
}

// A zoneTrans is the instant when a zone starts (Unix seconds) and its
// index in the Location's zones.
type zoneTrans struct {
	when         int64
	index        uint8
	isstd, isutc bool
}

// alpha and omega are the first and last instants a zone can cover.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

var utcLoc = Location{name: "UTC"}

// localLoc is loaded from the zone files on first use (initLocal).
var localLoc Location
var localLoaded bool

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone ($TZ, else /etc/localtime).
var Local *Location = &localLoc

// get returns the Location l stands for: UTC for nil, and Local loaded.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc && !localLoaded {
		localLoaded = true
		initLocal()
	}
	return l
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{
		name: name,
		zone: []zone{{name, offset, false}},
		tx:   []zoneTrans{{alpha, 0, false, false}},
	}
}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	return l.get().name
}

// lookup returns the zone in effect at Unix second sec (= Go's
// Location.lookup): before the first transition the first standard-time
// zone (lookupFirstZone), after the last one the TZ rule's zone if there
// is a rule, else the zone of the last transition at or before sec.
func (l *Location) lookup(sec int64) (name string, offset int) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zone[l.lookupFirstZone()]
		return z.name, z.offset
	}
	lo, hi := 0, len(l.tx)
	for hi-lo > 1 {
		m := lo + (hi-lo)/2
		if sec < l.tx[m].when {
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zone[l.tx[lo].index]
	if lo == len(l.tx)-1 && l.extend != "" {
		if name, offset, ok := tzset(l.extend, sec); ok {
			return name, offset
		}
	}
	return z.name, z.offset
}

// lookupFirstZone returns the index of the zone in use before the first
// transition: zone 0 if no transition uses it (it is then the zone of
// times before them), else the last standard zone before the first
// transition's if that one is daylight time, else the first standard zone.
func (l *Location) lookupFirstZone() int {
	if !l.firstZoneUsed() {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

func (l *Location) firstZoneUsed() bool {
	for _, tx := range l.tx {
		if tx.index == 0 {
			return true
		}
	}
	return false
}

// lookupName returns the offset of the zone abbreviated name at about Unix
// second unix: one in effect then if there is one (Sydney's "EST" is both
// standard and summer time), else any zone of that name.
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			if nam, off := l.lookup(unix - int64(z.offset)); nam == z.name {
				return off, true
			}
		}
	}
	for i := range l.zone {
		if l.zone[i].name == name {
			return l.zone[i].offset, true
		}
	}
	return 0, false
}

// ---- Zone files (= zoneinfo_read.go, zoneinfo_unix.go) ------------------------------

// The directories where Go looks for a zone named by LoadLocation or $TZ.
var platformZoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

var errLocation = errors.New("time: invalid location name")

// zoneinfo is $ZONEINFO, read at the first LoadLocation.
var zoneinfo string
var zoneinfoRead bool
var errBadData = errors.New("malformed time zone information")

// LoadLocation returns the Location with the given name: "" and "UTC" are
// UTC, "Local" is Local, any other name is a zone file looked up under
// $ZONEINFO (a directory) first, then under platformZoneSources.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	if !zoneinfoRead {
		zoneinfoRead = true
		zoneinfo, _ = getenv("ZONEINFO")
	}
	var firstErr error
	if zoneinfo != "" {
		data, err := loadTzinfo(name, zoneinfo)
		if err == nil {
			if z, err := LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
			// Go records the read's error here (nil), not the parse's.
		} else if err != syscall.ENOENT {
			firstErr = err
		}
	}
	z, err := loadLocation(name, platformZoneSources)
	if err == nil {
		return z, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// loadLocation reads the zone file name from the first of sources that
// has a good one. The error is the first other than a missing file, else
// "unknown time zone".
func loadLocation(name string, sources []string) (*Location, error) {
	var firstErr error
	for _, source := range sources {
		data, err := loadTzinfo(name, source)
		if err == nil {
			var z *Location
			if z, err = LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
		}
		if firstErr == nil && err != syscall.ENOENT {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// fileSizeError is readFile's error for a file over 10 MB.
type fileSizeError string

func (f fileSizeError) Error() string {
	return "time: file " + string(f) + " is too large"
}

// loadTzinfo reads the file name in the directory dir ("" for a path).
// A zip file of zones (Go's zoneinfo.zip) is not read: it is as missing.
func loadTzinfo(name string, dir string) ([]byte, error) {
	if len(dir) > 4 && dir[len(dir)-4:] == ".zip" {
		return nil, syscall.ENOENT
	}
	if dir != "" {
		name = dir + "/" + name
	}
	data, errno := readFile(name)
	if errno == -1 {
		return nil, fileSizeError(name)
	}
	if errno != 0 {
		return nil, syscall.Errno(errno)
	}
	return data, nil
}

// initLocal loads Local as Go does: $TZ unset is /etc/localtime (named
// "Local"); ":" before $TZ is dropped; an absolute path is that file; any
// other name but "UTC" is looked up as LoadLocation does; else, and if the
// file cannot be read, Local is UTC (named "UTC").
func initLocal() {
	tz, ok := getenv("TZ")
	switch {
	case !ok:
		if z, err := loadLocation("localtime", []string{"/etc"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				localLoc.name = tz
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, platformZoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}

// tzReader reads a zone file's big-endian fields; a read past the end
// sets bad.
type tzReader struct {
	p   []byte
	bad bool
}

func (d *tzReader) read(n int) []byte {
	if n < 0 || len(d.p) < n {
		d.p = nil
		d.bad = true
		return nil
	}
	b := d.p[:n]
	d.p = d.p[n:]
	return b
}

func (d *tzReader) big4() (uint32, bool) {
	p := d.read(4)
	if len(p) < 4 {
		return 0, false
	}
	return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3]), true
}

func (d *tzReader) big8() (uint64, bool) {
	hi, ok1 := d.big4()
	lo, ok2 := d.big4()
	return uint64(hi)<<32 | uint64(lo), ok1 && ok2
}

// The six counts of a zone file's header, in order.
const (
	nUTCLocal = iota
	nStdWall
	nLeap
	nTime
	nZone
	nChar
)

// counts reads the header's six counts.
func (d *tzReader) counts() (n [6]int, ok bool) {
	for i := range n {
		nn, ok := d.big4()
		if !ok || uint32(int(nn)) != nn {
			return n, false
		}
		n[i] = int(nn)
	}
	return n, true
}

// LoadLocationFromTZData returns a Location with the given name from the
// contents of a zone file (RFC 8536's TZif, version 1, 2 or 3; for 2 and 3
// the 64-bit data after the 32-bit copy, and the TZ rule at the end).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	d := &tzReader{p: data}
	if magic := d.read(4); string(magic) != "TZif" {
		return nil, errBadData
	}
	p := d.read(16)
	if len(p) != 16 || p[0] != 0 && p[0] != '2' && p[0] != '3' {
		return nil, errBadData
	}
	n, ok := d.counts()
	if !ok {
		return nil, errBadData
	}
	size := 4
	if p[0] != 0 {
		// Skip the 32-bit data and the second header, read the counts again.
		d.read(n[nTime]*5 + n[nZone]*6 + n[nChar] + n[nLeap]*8 + n[nStdWall] + n[nUTCLocal] + 4 + 16)
		if n, ok = d.counts(); !ok {
			return nil, errBadData
		}
		size = 8
	}
	txtimes := &tzReader{p: d.read(n[nTime] * size)}
	txzones := d.read(n[nTime])
	zonedata := &tzReader{p: d.read(n[nZone] * 6)}
	abbrev := d.read(n[nChar])
	d.read(n[nLeap] * (size + 4))
	isstd := d.read(n[nStdWall])
	isutc := d.read(n[nUTCLocal])
	if d.bad {
		return nil, errBadData
	}
	var extend string
	if rest := d.p; len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}
	zones, ok := readZones(zonedata, n[nZone], abbrev)
	if !ok {
		return nil, errBadData
	}
	tx, ok := readTransitions(txtimes, size, txzones, len(zones), isstd, isutc)
	if !ok {
		return nil, errBadData
	}
	return &Location{name: name, zone: zones, tx: tx, extend: extend}, nil
}

// readZones reads the n zones: a 4-byte offset, a DST byte and the index
// of the NUL-terminated abbreviation. A file without zones is malformed.
func readZones(d *tzReader, n int, abbrev []byte) ([]zone, bool) {
	if n == 0 {
		return nil, false
	}
	zones := make([]zone, n)
	for i := range zones {
		off, ok := d.big4()
		if !ok || uint32(int(off)) != off {
			return nil, false
		}
		b := d.read(2)
		if len(b) < 2 || int(b[1]) >= len(abbrev) {
			return nil, false
		}
		zones[i] = zone{cString(abbrev[b[1]:]), int(int32(off)), b[0] != 0}
	}
	return zones, true
}

// cString is the text of p up to its first NUL.
func cString(p []byte) string {
	for i := range p {
		if p[i] == 0 {
			return string(p[:i])
		}
	}
	return string(p)
}

// readTransitions reads the transition times (size bytes each) with their
// zone indices; a zone without transitions gets one at alpha.
func readTransitions(d *tzReader, size int, index []byte, nzone int, isstd, isutc []byte) ([]zoneTrans, bool) {
	tx := make([]zoneTrans, len(index))
	for i := range tx {
		if size == 4 {
			n, ok := d.big4()
			if !ok {
				return nil, false
			}
			tx[i].when = int64(int32(n))
		} else {
			n, ok := d.big8()
			if !ok {
				return nil, false
			}
			tx[i].when = int64(n)
		}
		if int(index[i]) >= nzone {
			return nil, false
		}
		tx[i].index = index[i]
		tx[i].isstd = i < len(isstd) && isstd[i] != 0
		tx[i].isutc = i < len(isutc) && isutc[i] != 0
	}
	if len(tx) == 0 {
		tx = append(tx, zoneTrans{when: alpha})
	}
	return tx, true
}

// ---- TZ rules (= POSIX TZ strings, zoneinfo.go's tzset) -------------------------------

// tzset returns the zone a TZ rule string such as "CET-1CEST,M3.5.0,M10.5.0/3"
// gives at Unix second sec: standard time with its offset, or, between the
// year's start and end rules, daylight time.
func tzset(s string, sec int64) (name string, offset int, ok bool) {
	stdName, s, ok := tzsetName(s)
	var stdOffset, dstOffset int
	if ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, false
	}
	stdOffset = -stdOffset // TZ offsets are west of UTC
	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOffset, true
	}
	dstName, s, ok := tzsetName(s)
	if ok {
		if len(s) == 0 || s[0] == ',' {
			dstOffset = stdOffset + 3600
		} else {
			dstOffset, s, ok = tzsetOffset(s)
			dstOffset = -dstOffset
		}
	}
	if !ok {
		return "", 0, false
	}
	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0" // the United States' rules
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, false
	}
	startRule, s, ok := tzsetRule(s[1:])
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, false
	}
	endRule, s, ok := tzsetRule(s[1:])
	if !ok || len(s) > 0 {
		return "", 0, false
	}
	days, _ := floorDiv(sec, secondsPerDay)
	year, _, _ := civil(days)
	ysec := (days-daysFrom(year, January, 1))*secondsPerDay + sec%secondsPerDay
	startSec := int64(tzruleTime(year, startRule, stdOffset))
	endSec := int64(tzruleTime(year, endRule, dstOffset))
	if endSec < startSec { // the southern hemisphere: standard time in mid-year
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
	}
	if ysec < startSec || ysec >= endSec {
		return stdName, stdOffset, true
	}
	return dstName, dstOffset, true
}

// tzsetName reads a zone abbreviation: three or more characters up to a
// digit, sign or comma, or anything between < and >.
func tzsetName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] == '<' {
		for i, r := range s {
			if r == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	for i, r := range s {
		switch r {
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '-', '+':
			if i < 3 {
				return "", "", false
			}
			return s[:i], s[i:], true
		}
	}
	if len(s) < 3 {
		return "", "", false
	}
	return s, "", true
}

// tzsetOffset reads [+-]hh[:mm[:ss]] as seconds.
func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	hours, s, ok := tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := hours * 3600
	for _, unit := range [2]int{60, 1} { // :mm, then :ss
		if len(s) == 0 || s[0] != ':' {
			break
		}
		var n int
		if n, s, ok = tzsetNum(s[1:], 0, 59); !ok {
			return 0, "", false
		}
		off += n * unit
	}
	if neg {
		off = -off
	}
	return off, s, true
}

// The kinds of TZ rule: Jn (day 1..365, no leap day), n (day 0..365) and
// Mm.w.d (day d of week w of month m).
const (
	ruleJulian = iota
	ruleDOY
	ruleMonthWeekDay
)

type rule struct {
	kind           int
	day, week, mon int
	time           int // seconds after midnight, local time (default 2:00)
}

// tzsetRule reads one rule with its optional /time.
func tzsetRule(s string) (rule, string, bool) {
	var r rule
	var ok bool
	switch {
	case len(s) == 0:
		return rule{}, "", false
	case s[0] == 'J':
		r.kind = ruleJulian
		r.day, s, ok = tzsetNum(s[1:], 1, 365)
	case s[0] == 'M':
		r.kind = ruleMonthWeekDay
		r.mon, s, ok = tzsetNum(s[1:], 1, 12)
		if ok && len(s) > 0 && s[0] == '.' {
			r.week, s, ok = tzsetNum(s[1:], 1, 5)
			if ok && len(s) > 0 && s[0] == '.' {
				r.day, s, ok = tzsetNum(s[1:], 0, 6)
			} else {
				ok = false
			}
		} else {
			ok = false
		}
	default:
		r.kind = ruleDOY
		r.day, s, ok = tzsetNum(s, 0, 365)
	}
	if !ok {
		return rule{}, "", false
	}
	if len(s) == 0 || s[0] != '/' {
		r.time = 2 * 3600
		return r, s, true
	}
	r.time, s, ok = tzsetOffset(s[1:])
	if !ok {
		return rule{}, "", false
	}
	return r, s, true
}

// tzsetNum reads a decimal number in [min, max].
func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	for i, r := range s {
		if r < '0' || r > '9' {
			if i == 0 || num < min {
				return 0, "", false
			}
			return num, s[i:], true
		}
		num = num*10 + int(r) - '0'
		if num > max {
			return 0, "", false
		}
	}
	if num < min {
		return 0, "", false
	}
	return num, "", true
}

// tzruleTime returns the second of year when rule r takes effect, for a
// zone off seconds east of UTC.
func tzruleTime(year int, r rule, off int) int {
	var day int // days since January 1
	switch r.kind {
	case ruleJulian:
		day = r.day - 1
		if isLeap(year) && r.day >= 60 {
			day++
		}
	case ruleDOY:
		day = r.day
	case ruleMonthWeekDay:
		first := daysFrom(year, Month(r.mon), 1)
		_, dow := floorDiv(first+int64(Thursday), 7) // weekday of the 1st
		d := r.day - int(dow)
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week; i++ {
			if d+7 >= daysIn(Month(r.mon), year) {
				break
			}
			d += 7
		}
		day = int(first-daysFrom(year, January, 1)) + d
	}
	return day*secondsPerDay + r.time - off
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

var daysInMonth = [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// daysIn is the number of days of month m (1..12) in year.
func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysInMonth[m-1]
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

// ---- Parsing (= format.go's parse) ----------------------------------------------

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// errBad is an element's failure, never shown: Parse reports a ParseError.
var errBad = errors.New("bad value for field")

// Parse parses a formatted string and returns the time value it
// represents, laid out as layout spells the reference time. Without a
// zone in the value the time is UTC; a zone offset or abbreviation that
// the Local zone uses at that time gives Local, another a fixed zone.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but a time without a zone is in loc, and a
// zone in the value is matched against loc's instead of Local's.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parsed is what parse has read so far: the fields (-1 for month, day and
// yday not given), AM or PM, and the zone if the value has one.
type parsed struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	amSet, pmSet           bool
	z                      *Location // UTC for "Z" or "UTC"
	zoneOffset             int       // -1: none
	zoneName               string
	rangeErr               string // the field out of range
}

// parse reads value element by element as layout lays it out: each
// element's literal prefix must be there (a run of spaces matching any
// run of spaces), then the element itself. The date is checked, then the
// time is made in the zone the value names or in defaultLocation.
func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	p := parsed{month: -1, day: -1, yday: -1, zoneOffset: -1}
	for {
		prefix, e, suffix := nextStdChunk(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		rest, err := skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, rest, ""}
		}
		value = rest
		if e.std == stdNone {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		value, err = p.element(e, value, layout)
		if p.rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ": " + p.rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ""}
		}
	}
	if p.pmSet && p.hour < 12 {
		p.hour += 12
	} else if p.amSet && p.hour == 12 {
		p.hour = 0
	}
	if msg := p.date(); msg != "" {
		return Time{}, &ParseError{alayout, avalue, "", value, msg}
	}
	return p.time(defaultLocation, local), nil
}

// element reads the element e at the start of value; layout is the rest
// of the layout. It returns the rest of value (value itself on most
// errors), and sets p.rangeErr for a number out of its field's range.
func (p *parsed) element(e layoutElem, value, layout string) (string, error) {
	var err error
	switch e.std {
	case stdYear, stdLongYear:
		return p.yearElem(e.std, value)
	case stdMonth, stdLongMonth:
		names := longMonthNames
		if e.std == stdMonth {
			names = shortMonthNames
		}
		p.month, value, err = lookupPrefix(names, value)
		p.month++
		return value, err
	case stdNumMonth, stdZeroMonth:
		p.month, value, err = getnum(value, e.std == stdZeroMonth)
		if err == nil && (p.month <= 0 || 12 < p.month) {
			p.rangeErr = "month"
		}
		return value, err
	case stdWeekDay:
		_, value, err = lookupPrefix(shortDayNames, value) // checked, not used
		return value, err
	case stdLongWeekDay:
		_, value, err = lookupPrefix(longDayNames, value)
		return value, err
	case stdDay, stdUnderDay, stdZeroDay:
		if e.std == stdUnderDay && len(value) > 0 && value[0] == ' ' {
			value = value[1:]
		}
		p.day, value, err = getnum(value, e.std == stdZeroDay)
		return value, err // checked against the month at the end
	case stdUnderYearDay, stdZeroYearDay:
		for i := 0; i < 2 && e.std == stdUnderYearDay && len(value) > 0 && value[0] == ' '; i++ {
			value = value[1:]
		}
		p.yday, value, err = getnum3(value, e.std == stdZeroYearDay)
		return value, err
	case stdHour, stdHour12, stdZeroHour12:
		return p.hourElem(e.std, value)
	case stdMinute, stdZeroMinute:
		p.min, value, err = getnum(value, e.std == stdZeroMinute)
		if p.min < 0 || 60 <= p.min {
			p.rangeErr = "minute"
		}
		return value, err
	case stdSecond, stdZeroSecond:
		return p.secondElem(e.std, value, layout)
	case stdPM, stdpm:
		return p.ampmElem(e.std, value)
	case stdTZ:
		return p.zoneNameElem(value)
	case stdFracSecond0, stdFracSecond9:
		return p.fracElem(e, value)
	}
	return p.zoneOffsetElem(e.std, value)
}

// yearElem reads 06 (69..99 are 1969..1999, 00..68 2000..2068) or 2006.
func (p *parsed) yearElem(std int, value string) (string, error) {
	var err error
	if std == stdLongYear {
		if len(value) < 4 || !isDigit(value, 0) {
			return value, errBad
		}
		p.year, err = atoi(value[:4])
		return value[4:], err
	}
	if len(value) < 2 {
		return value, errBad
	}
	if p.year, err = atoi(value[:2]); err != nil {
		return value, err
	}
	p.year += 1900
	if p.year < 1969 {
		p.year += 100
	}
	return value[2:], nil
}

// fracElem reads .000 (exactly as many digits as the layout has) or .999
// (any number of digits, of which nine count, or no fraction at all);
// either separator is taken.
func (p *parsed) fracElem(e layoutElem, value string) (string, error) {
	var err error
	n := 1 + e.digits
	if e.std == stdFracSecond0 {
		if len(value) < n {
			return value, errBad
		}
	} else {
		if len(value) < 2 || !commaOrPeriod(value[0]) || !isDigit(value, 1) {
			return value, nil
		}
		n = 1
		for n < 10 && isDigit(value, n) {
			n++
		}
	}
	p.nsec, p.rangeErr, err = parseNanoseconds(value, n)
	return value[n:], err
}

// hourElem reads 15 (0..23), 3 or 03 (0..12).
func (p *parsed) hourElem(std int, value string) (string, error) {
	var err error
	p.hour, value, err = getnum(value, std == stdZeroHour12)
	if std == stdHour && (p.hour < 0 || 24 <= p.hour) || std != stdHour && (p.hour < 0 || 12 < p.hour) {
		p.rangeErr = "hour"
	}
	return value, err
}

// secondElem reads 5 or 05; a fraction after it is read here too unless
// the layout's next element is one.
func (p *parsed) secondElem(std int, value, layout string) (string, error) {
	var err error
	p.sec, value, err = getnum(value, std == stdZeroSecond)
	if p.sec < 0 || 60 <= p.sec {
		p.rangeErr = "second"
		return value, err
	}
	if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
		_, e, _ := nextStdChunk(layout)
		if e.std == stdFracSecond0 || e.std == stdFracSecond9 {
			return value, err
		}
		n := 2
		for n < len(value) && isDigit(value, n) {
			n++
		}
		p.nsec, p.rangeErr, err = parseNanoseconds(value, n)
		value = value[n:]
	}
	return value, err
}

// ampmElem reads PM or pm: two letters of that case.
func (p *parsed) ampmElem(std int, value string) (string, error) {
	if len(value) < 2 {
		return value, errBad
	}
	am, pm := "AM", "PM"
	if std == stdpm {
		am, pm = "am", "pm"
	}
	switch value[:2] {
	case pm:
		p.pmSet = true
	case am:
		p.amSet = true
	default:
		return value[2:], errBad
	}
	return value[2:], nil
}

// zoneNameElem reads MST: "UTC", or an abbreviation parseTimeZone accepts.
func (p *parsed) zoneNameElem(value string) (string, error) {
	if len(value) >= 3 && value[:3] == "UTC" {
		p.z = UTC
		return value[3:], nil
	}
	n, ok := parseTimeZone(value)
	if !ok {
		return value, errBad
	}
	p.zoneName = value[:n]
	return value[n:], nil
}

// zoneOffsetElem reads a numeric zone, -07, -0700, -07:00, -070000,
// -07:00:00, or their Z forms, which also take "Z" (except the seconds
// forms): the sign is checked after the digits.
func (p *parsed) zoneOffsetElem(std int, value string) (string, error) {
	if (std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ) &&
		len(value) >= 1 && value[0] == 'Z' {
		p.z = UTC
		return value[1:], nil
	}
	var sign, hour, min, seconds string
	switch std {
	case stdISO8601ColonTZ, stdNumColonTZ: // -07:00
		if len(value) < 6 || value[3] != ':' {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
	case stdNumShortTZ, stdISO8601ShortTZ: // -07
		if len(value) < 3 {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], "00", "00", value[3:]
	case stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ: // -07:00:00
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
	case stdISO8601SecondsTZ, stdNumSecondsTz: // -070000
		if len(value) < 7 {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
	default: // -0700
		if len(value) < 5 {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
	}
	hr, err := atoi(hour)
	var mm, ss int
	if err == nil {
		mm, err = atoi(min)
	}
	if err == nil {
		ss, err = atoi(seconds)
	}
	p.zoneOffset = (hr*60+mm)*60 + ss
	switch sign[0] {
	case '+':
	case '-':
		p.zoneOffset = -p.zoneOffset
	default:
		err = errBad
	}
	return value, err
}

// date turns a day of the year into the month and day (which must agree
// with those given), defaults month and day to January 1, and checks the
// day against the month: the ParseError's message, or "".
func (p *parsed) date() string {
	if p.yday < 0 {
		if p.month < 0 {
			p.month = int(January)
		}
		if p.day < 0 {
			p.day = 1
		}
	} else {
		yday, m, d := p.yday, 0, 0
		if isLeap(p.year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return ": day-of-year out of range"
		}
		if m == 0 {
			m = 1
			for yday > daysInMonth[m-1] {
				yday -= daysInMonth[m-1]
				m++
			}
			d = yday
		}
		if p.month >= 0 && p.month != m {
			return ": day-of-year does not match month"
		}
		p.month = m
		if p.day >= 0 && p.day != d {
			return ": day-of-year does not match day"
		}
		p.day = d
	}
	if p.day < 1 || p.day > daysIn(Month(p.month), p.year) {
		return ": day out of range"
	}
	return ""
}

// time makes the Time: in the zone p.z; or at the offset read, in local if
// local's zone then has that offset (and the name read, if any), else in a
// fixed zone; or for an abbreviation, in local if local has one of that
// name, else in a fixed zone of offset 0 (GMT+h: h hours); or else in
// defaultLocation.
func (p *parsed) time(defaultLocation, local *Location) Time {
	if p.z != nil {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, p.z)
	}
	if p.zoneOffset == -1 && p.zoneName == "" {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, defaultLocation)
	}
	t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
	if p.zoneOffset != -1 {
		t.sec -= int64(p.zoneOffset)
		name, offset := local.lookup(t.unixSec())
		if offset == p.zoneOffset && (p.zoneName == "" || name == p.zoneName) {
			return t.setLoc(local)
		}
		return t.setLoc(FixedZone(p.zoneName, p.zoneOffset))
	}
	offset, ok := local.lookupName(p.zoneName, t.unixSec())
	if ok {
		t.sec -= int64(offset)
		return t.setLoc(local)
	}
	if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
		offset, _ = atoi(p.zoneName[3:]) // parseGMT has checked it
		offset *= 3600
	}
	return t.setLoc(FixedZone(p.zoneName, offset))
}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// lookupPrefix finds the first of names that starts val, ignoring ASCII case:
// its index and the rest of val.
func lookupPrefix(names []string, val string) (int, string, error) {
	for i, v := range names {
		if len(val) >= len(v) && equalFoldASCII(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

// equalFoldASCII reports whether s and t (of one length) are equal when
// ASCII letters are folded to lower case.
func equalFoldASCII(s, t string) bool {
	for i := 0; i < len(s); i++ {
		c1, c2 := s[i], t[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

// isDigit reports whether s[i] is a decimal digit.
func isDigit(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

func commaOrPeriod(b byte) bool { return b == '.' || b == ',' }

// getnum reads one or two digits (two if fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads one to three digits (three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// atoi reads a signed decimal number that is all of s.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rem, err := leadingInt(s)
	if err != nil || rem != "" {
		return 0, errBad
	}
	if neg {
		return -int(q), nil
	}
	return int(q), nil
}

// parseNanoseconds reads the separator and digits value[1:nbytes] (at most
// nine count) as nanoseconds.
func parseNanoseconds(value string, nbytes int) (ns int, rangeErr string, err error) {
	if !commaOrPeriod(value[0]) {
		return 0, "", errBad
	}
	if nbytes > 10 {
		value, nbytes = value[:10], 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := nbytes; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// skip removes prefix from value, a run of spaces in prefix matching any
// run (possibly empty) of spaces in value.
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix, value = prefix[1:], value[1:]
	}
	return value, nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// parseTimeZone returns the length of the zone abbreviation at the start of
// value: ChST or MeST, GMT with an optional offset, a signed offset
// (-07), three upper-case letters, or four or five ending in T (and WITA).
func parseTimeZone(value string) (length int, ok bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		length = parseSignedOffset(value)
		return length, length > 0
	}
	nUpper := 0
	for nUpper < 6 && nUpper < len(value) && 'A' <= value[nUpper] && value[nUpper] <= 'Z' {
		nUpper++
	}
	switch nUpper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// parseSignedOffset returns the length of a sign and an hour in -23..+23
// at the start of value, or 0.
func parseSignedOffset(value string) int {
	if value[0] != '-' && value[0] != '+' {
		return 0
	}
	x, rem, err := leadingInt(value[1:])
	if err != nil || value[1:] == rem || x > 23 {
		return 0
	}
	return len(value) - len(rem)
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
