// time: Duration's String, unit conversions, Truncate, Round and Abs, the
// constants, and ParseDuration with go1.19's error messages.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond + 1,
		time.Second, 1500 * time.Millisecond, time.Minute, 90 * time.Minute, time.Hour + time.Nanosecond,
		-time.Second, -1, 100 * time.Hour, 1<<63 - 1, -1 << 63, 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Nanoseconds(), d.Microseconds(), d.Milliseconds())
		fmt.Println("  ", d.Seconds(), d.Minutes(), d.Hours(), d.Abs())
		fmt.Println("  ", d.Truncate(time.Second), d.Round(time.Second), d.Round(time.Hour), d.Truncate(0), d.Round(-1), d.Round(7*time.Millisecond))
	}
	fmt.Printf("%v %s %d %T\n", time.Hour, 2*time.Second, time.Minute, time.Second)
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	var d time.Duration = 1234567890
	fmt.Println(d.String(), d*2, d/3)

	for _, s := range []string{"0", "-0", "+0", "1h", "1.5h", "-1.5h", "300ms", "2h45m", "1h2m3s4ms5us6ns", "1µs", "1μs",
		".5s", "5.s", "1.0000000001s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"", "-", "1", "1x", "h", "1.h2", "..5s", "1.2.3s", "3000000h", "1e3s", "é", "1\"s", "0.000000000000000000001h",
		"1h-2m", " 1s", "1s "} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, d, err)
	}
}
