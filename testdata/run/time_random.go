// time: pseudo-random instants from year -3000 to 5000 and random durations
// (a fixed LCG, so the output is go1.19's): the calendar fields, Format,
// AddDate, Truncate, Round, Sub, Duration's String and ParseDuration of it.
package main

import (
	"fmt"
	"time"
)

var state uint64 = 42

func next() uint64 {
	state = state*6364136223846793005 + 1442695040888963407
	return state >> 11
}

func main() {
	zone := time.FixedZone("Z", -(7*3600 + 30*60))
	for i := 0; i < 300; i++ {
		sec := int64(next()%(8000*365*86400)) - 5000*365*86400
		t := time.Unix(sec, int64(next()%1e9)).UTC()
		if i%3 == 1 {
			t = t.In(zone)
		}
		y, w := t.ISOWeek()
		fmt.Println(t.Format("2006-01-02T15:04:05.999999999Z07:00 Mon Jan _2 __2 3PM"), t.Weekday(), t.YearDay(), y, w, t.Unix())
		d := time.Duration(next()%(1<<40)) + 1
		fmt.Println("  ", t.AddDate(int(next()%7)-3, int(next()%30)-15, int(next()%800)-400).Format(time.RFC3339),
			t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano), t.Sub(time.Unix(0, 0)))
	}
	for i := 0; i < 200; i++ {
		d := time.Duration(next()) >> (next() % 64)
		if i%2 == 1 {
			d = -d
		}
		back, err := time.ParseDuration(d.String())
		fmt.Println(int64(d), d, back == d, err, d.Round(time.Duration(next()%1e10+1)), d.Seconds(), d.Hours())
	}
}
