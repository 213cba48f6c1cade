// time.Parse on random layouts and values: times formatted with random
// layouts and then parsed back, some with a byte changed, deleted or
// added; results and errors compared with go1.19 (a hash per hundred
// cases, every 50th case in full).
package main

import (
	"fmt"
	"os"
	"time"
)

var seed uint64 = 424242

func next(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var elems = []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "002", "__2", "Mon", "Monday",
	"15", "03", "3", "04", "4", "05", "5", "PM", "pm", ".000", ".999999999", ",000000", ".9", "MST", "-0700",
	"-07:00", "-07", "Z07:00", "Z0700", "-07:00:00", "Z070000"}
var seps = []string{" ", "-", ":", "/", "T", "", "  ", ", "}

func layout() string {
	s := ""
	for n := 1 + next(7); n > 0; n-- {
		s += elems[next(len(elems))] + seps[next(len(seps))]
	}
	return s
}

func mutate(s string) string {
	if len(s) == 0 {
		return s
	}
	i := next(len(s))
	const chars = "0123456789 -:+ZTAMPJanCESTx."
	switch next(4) {
	case 0:
		return s[:i] + s[i+1:]
	case 1:
		return s[:i] + string(chars[next(len(chars))]) + s[i+1:]
	case 2:
		return s[:i] + string(chars[next(len(chars))]) + s[i:]
	}
	return s
}

func hash(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = h*1099511628211 ^ uint64(s[i])
	}
	return h
}

func main() {
	os.Setenv("TZ", "America/New_York")
	var zones []*time.Location
	for _, name := range []string{"UTC", "Europe/Berlin", "Asia/Kolkata", "America/Los_Angeles", "Australia/Sydney"} {
		loc, _ := time.LoadLocation(name)
		zones = append(zones, loc)
	}
	zones = append(zones, time.FixedZone("", -3*3600-1800), time.FixedZone("XYZ", 7*3600), time.Local)
	h := uint64(0)
	for i := 0; i < 20000; i++ {
		loc := zones[next(len(zones))]
		t := time.Unix(int64(next(1<<31))*2-1<<30, int64(next(1e9))).In(loc)
		l := layout()
		v := t.Format(l)
		if next(3) == 0 {
			v = mutate(v)
		}
		var out string
		u, err := time.ParseInLocation(l, v, zones[next(len(zones))])
		if next(2) == 0 {
			u, err = time.Parse(l, v)
		}
		if err != nil {
			out = err.Error()
		} else {
			out = u.String() + " " + u.Location().String()
		}
		h = hash(h, out)
		if i%50 == 0 {
			fmt.Printf("%q %q: %s\n", l, v, out)
		}
		if i%100 == 99 {
			fmt.Println(i, h)
		}
	}
}
