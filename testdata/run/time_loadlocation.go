// time.LoadLocation and LoadLocationFromTZData: zones read from the system's
// zone files (transitions, the first zone before them, the TZ rule after
// them), the special names, go1.19's errors, and TZ rules of every form in
// zone data made here.
package main

import (
	"fmt"
	"os"
	"time"
)

var instants = []time.Time{
	time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Date(1901, 12, 13, 20, 45, 52, 0, time.UTC),
	time.Date(1945, 6, 1, 0, 0, 0, 0, time.UTC),
	time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Date(1996, 10, 27, 0, 59, 59, 0, time.UTC),
	time.Date(1996, 10, 27, 1, 0, 0, 0, time.UTC),
	time.Date(2007, 3, 11, 6, 59, 59, 0, time.UTC),
	time.Date(2007, 3, 11, 7, 0, 0, 0, time.UTC),
	time.Date(2015, 7, 1, 12, 0, 0, 0, time.UTC),
	time.Date(2021, 1, 15, 12, 0, 0, 0, time.UTC),
	time.Date(2037, 3, 8, 12, 0, 0, 0, time.UTC),
	time.Date(2040, 7, 1, 12, 0, 0, 0, time.UTC),
	time.Date(2040, 12, 25, 12, 0, 0, 0, time.UTC),
	time.Date(2100, 3, 28, 0, 59, 59, 0, time.UTC),
	time.Date(2100, 3, 28, 1, 0, 0, 0, time.UTC),
	time.Date(2100, 10, 31, 0, 59, 59, 0, time.UTC),
	time.Date(2100, 10, 31, 1, 0, 0, 0, time.UTC),
}

func showZone(loc *time.Location) {
	fmt.Println("==", loc)
	for _, t := range instants {
		u := t.In(loc)
		name, off := u.Zone()
		fmt.Printf("  %v  %s %d  %s\n", u, name, off, u.Format(time.RFC3339))
	}
	// Wall clocks that happen twice or never (summer time starts and ends).
	for _, d := range [][3]int{{2021, 3, 14}, {2021, 11, 7}, {2021, 3, 28}, {2021, 10, 31}, {2021, 4, 4}, {2021, 10, 3}} {
		for _, h := range []int{1, 2, 3} {
			t := time.Date(d[0], time.Month(d[1]), d[2], h, 30, 0, 0, loc)
			fmt.Printf("  %d-%02d-%02d %02d:30 -> %v %d\n", d[0], d[1], d[2], h, t, t.Unix())
		}
	}
}

// tzif returns zone data with one zone (UTC) and no transitions, and the
// TZ rule rule at its end, so that every time is the rule's.
func tzif(rule string) []byte {
	header := func(b []byte, version byte) []byte {
		b = append(b, "TZif"...)
		b = append(b, version)
		b = append(b, make([]byte, 15)...)
		for _, n := range []byte{0, 0, 0, 0, 1, 4} { // one zone, four bytes of names
			b = append(b, 0, 0, 0, n)
		}
		return b
	}
	var b []byte
	b = header(b, '2')
	b = append(b, 0, 0, 0, 0, 0, 0)
	b = append(b, "UTC\x00"...)
	b = header(b, '2')
	b = append(b, 0, 0, 0, 0, 0, 0)
	b = append(b, "UTC\x00"...)
	return append(append(append(b, '\n'), rule...), '\n')
}

func main() {
	for _, name := range []string{"", "UTC", "Local", "America/New_York", "Europe/Berlin", "Australia/Sydney",
		"Australia/Lord_Howe", "Asia/Kolkata", "Asia/Tokyo", "Pacific/Chatham", "America/St_Johns",
		"America/Sao_Paulo", "Etc/GMT+5", "Europe/London", "Africa/Abidjan"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, "error:", err)
			continue
		}
		showZone(loc)
	}
	for _, name := range []string{"Foo/Bar", "America", "zone.tab", "../UTC", "/etc/localtime", `\UTC`,
		"America/New_York/", "Europe/..", "a\x00b", "utc", "local", "Nowhere"} {
		loc, err := time.LoadLocation(name)
		fmt.Printf("%q %v %v\n", name, loc, err)
	}

	// Zone data read by the program itself.
	data, err := os.ReadFile("/usr/share/zoneinfo/Europe/Paris")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range []int{0, 3, 4, 20, 44, 60, 500, len(data) - 1, len(data)} {
		loc, err := time.LoadLocationFromTZData("Paris", data[:n])
		if err != nil {
			fmt.Println(n, err)
			continue
		}
		fmt.Println(n, loc, time.Date(2050, 7, 1, 0, 0, 0, 0, loc))
	}
	bad := append([]byte{}, data...)
	bad[4] = '4'
	_, err = time.LoadLocationFromTZData("bad", bad)
	fmt.Println(err)

	// TZ rules: names, offsets with minutes and seconds, the three kinds of
	// date rule, times of day, southern zones, and rules Go rejects.
	for _, rule := range []string{
		"EST5EDT,M3.2.0,M11.1.0", "EST5EDT", "CET-1CEST,M3.5.0,M10.5.0/3", "<+03>-3", "<-0330>3:30",
		"AEST-10AEDT,M10.1.0,M4.1.0/3", "IST-5:30", "XXX-5:45:30", "ABC+3DEF,J60,J300",
		"ABC3DEF2,60/1,300/25:30", "NZST-12NZDT,M9.5.0,M4.1.0/3", "ABC3DEF,M2.5.6/-1,M12.5.6/167",
		"<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", "AB3", "ABC", "ABC3DEF,M13.1.0,M1.1.0", "ABC3DEF,M3.2.0",
		"ABC3DEF;M3.2.0,M11.1.0", "ABC3DEF,J0,J100", "ABC3DEF,M3.6.0,M11.1.0", "ABC3:60", "ABC169",
		"", "ABC3DEF,M3.2.0,M11.1.0x",
	} {
		loc, err := time.LoadLocationFromTZData("R", tzif(rule))
		if err != nil {
			fmt.Printf("%q %v\n", rule, err)
			continue
		}
		fmt.Printf("%q:", rule)
		for _, t := range []time.Time{
			time.Date(2023, 1, 15, 0, 0, 0, 0, time.UTC), time.Date(2023, 3, 1, 12, 0, 0, 0, time.UTC),
			time.Date(2023, 3, 12, 9, 0, 0, 0, time.UTC), time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC),
			time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 10, 27, 0, 30, 0, 0, time.UTC),
			time.Date(2024, 11, 3, 5, 59, 0, 0, time.UTC), time.Date(2024, 11, 3, 6, 0, 0, 0, time.UTC),
			time.Date(2024, 12, 31, 23, 0, 0, 0, time.UTC),
		} {
			fmt.Printf(" %s", t.In(loc).Format("01-02T15:04:05 MST -07:00:00"))
		}
		fmt.Println()
	}

	// $ZONEINFO is read at the first LoadLocation: a directory with zone files.
	os.Setenv("ZONEINFO", "/usr/share/zoneinfo/America")
	for _, name := range []string{"Chicago", "America/Chicago", "Nowhere"} {
		loc, err := time.LoadLocation(name)
		fmt.Println(name, loc, err)
		if err == nil {
			fmt.Println(" ", time.Date(2023, 7, 1, 0, 0, 0, 0, loc))
		}
	}
}
