// time_local.go (run by time_local.sh under several $TZ): the Local time
// zone's offsets and abbreviations, Date's choice across a daylight saving
// change, Unix's local results, and the clock: Now's monotonic reading.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	for _, sec := range []int64{0, 1136239445, 1679810400, 1679817600, 1698541200, 1698544800, -1e9, 4e9} {
		t := time.Unix(sec, 0)
		name, off := t.Zone()
		fmt.Println(t, t.Location(), name, off, t.Format(time.RFC3339), t.Format(time.RFC1123), t.UTC())
	}
	for _, h := range []int{0, 1, 2, 3, 4} {
		for _, day := range []int{12, 26} {
			fmt.Println(time.Date(2023, time.March, day, h, 30, 0, 0, time.Local))
		}
		fmt.Println(time.Date(2023, time.October, 29, h, 30, 0, 0, time.Local), time.Date(2023, time.November, 5, h, 30, 0, 0, time.Local))
	}
	t := time.Date(2023, time.March, 11, 12, 0, 0, 0, time.Local)
	fmt.Println(t.AddDate(0, 0, 1), t.Add(24*time.Hour), t.In(time.UTC), t.Local())

	start := time.Now()
	s := start.String()
	fmt.Println(strings.Contains(s, " m=+"), start.Location(), strings.Contains(start.UTC().String(), " m="), start.Round(0) == start.Round(0))
	later := time.Now()
	fmt.Println(later.Sub(start) >= 0, time.Since(start) >= 0, time.Until(start) <= 0, !later.Before(start), start.Year() >= 2022)
	fmt.Println(later.Add(time.Hour).After(later), time.Since(start) < time.Minute, time.Now().Unix()-start.Unix() < 60)
}
