// time: fixed instants built with Date and Unix, their calendar fields,
// arithmetic, comparisons, zones (UTC and FixedZone) and Format with every
// standard layout and element.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, int(m))
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro(), t.IsZero(), t.Location(), t.Location().String())
	name, off := t.Zone()
	fmt.Println(name, off)

	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, "2006-01-02 15:04:05", "Monday January 2 2006 3:4:5 pm", "Jan _2 __2 002 06 1 01",
		"15h04m05s .0 .00 ,000 .999 .9999999999 .0000000000", "-070000 -07:00:00 -0700 -07:00 -07 Z070000 Z07:00:00 Z0700 Z07:00 Z07 MST",
		"Month Mondays Janet 2006_2006 _2006 05 5 04 4 03 3 PM", "no elements here!", "", "2006-01-02T15:04:05.000Z07:00", "1.5 .5 .09"}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+30*60+15), time.FixedZone("X", -90)}
	for _, loc := range zones {
		tz := t.In(loc)
		fmt.Println("== zone", loc, tz.Location())
		for _, l := range layouts {
			fmt.Printf("%q\n", tz.Format(l))
		}
	}

	times := []time.Time{
		{},
		time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(1999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1969, 12, 31, 12, 0, 0, 0, time.UTC),
		time.Date(1600, 3, 1, 1, 1, 1, 1000, time.UTC),
		time.Date(2021, 1, 3, 12, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 12, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 30, 12, 0, 0, 0, time.UTC),
		time.Date(2023, 13, 32, 25, 61, 61, 1e9+5, time.UTC),
		time.Date(2023, -1, 0, -1, -1, -1, -1, time.UTC),
		time.Date(12345, 6, 7, 8, 9, 10, 0, time.UTC),
		time.Date(-5, 6, 7, 8, 9, 10, 0, time.UTC),
		time.Unix(0, 0).UTC(),
		time.Unix(1136239445, 0).UTC(),
		time.Unix(-1, 5e8).UTC(),
		time.Unix(1e9, -1).UTC(),
		time.Unix(1e9, 3e9+7).UTC(),
		time.UnixMilli(1600000000123).UTC(),
		time.UnixMicro(-1600000000123456).UTC(),
	}
	for _, tt := range times {
		iy, iw := tt.ISOWeek()
		fmt.Println(tt, tt.Weekday(), tt.YearDay(), iy, iw, tt.IsZero(), tt.Unix(), tt.Format(time.RFC3339Nano))
	}

	a := time.Date(2022, 3, 1, 10, 0, 0, 0, time.UTC)
	b := a.Add(36*time.Hour + 30*time.Minute + 250*time.Millisecond)
	fmt.Println(b, b.Sub(a), a.Sub(b), a.Before(b), a.After(b), b.After(a), a.Equal(a.In(time.FixedZone("CET", 3600))))
	fmt.Println(a.Add(-time.Nanosecond), a.AddDate(0, 0, -1), a.AddDate(1, -3, 40), time.Date(2022, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Time{}.Sub(time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)), time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Time{}))
	c := time.Date(2022, 3, 1, 10, 37, 29, 500000000, time.UTC)
	for _, d := range []time.Duration{0, -1, time.Nanosecond, time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * time.Second, 333 * time.Millisecond} {
		fmt.Println(d, c.Truncate(d), c.Round(d))
	}
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for wd := time.Weekday(-1); wd <= 7; wd++ {
		fmt.Print(wd, " ")
	}
	fmt.Println()
	fmt.Printf("%v|%s|%d\n", time.March, time.Friday, time.March)
	fmt.Println(time.UTC, time.FixedZone("ABC", 60))
	fmt.Println(t.AppendFormat([]byte("when: "), time.Kitchen))

	defer func() { fmt.Println("recovered:", recover()) }()
	time.Date(2000, 1, 1, 0, 0, 0, 0, nil)
}
