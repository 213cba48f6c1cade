// Sscan, Sscanln and Fscan over a table of inputs: counts, go1.19's errors
// (unexpected EOF, expected integer, unexpected newline, expected newline,
// overflow, strconv's errors), base prefixes, booleans, floats, strings.
package main

import (
	"fmt"
	"strings"
)

func main() {
	inputs := []string{
		"1 2 3", "  -7\t+8\n9  ", "1\n2\n3", "1 2", "", "   ", "x 1 2", "1 x 2",
		"0x1F 0b101 0o17 017 1_000", "99999999999999999999 1 2", "-0 +0 0",
		"12abc 3 4", "1.5 2 3",
	}
	for _, in := range inputs {
		var a, b, c int
		n, err := fmt.Sscan(in, &a, &b, &c)
		fmt.Printf("Sscan(%q) = %d %v: %d %d %d\n", in, n, err, a, b, c)
		a, b, c = 0, 0, 0
		n, err = fmt.Sscanln(in, &a, &b, &c)
		fmt.Printf("Sscanln(%q) = %d %v: %d %d %d\n", in, n, err, a, b, c)
		a, b, c = 0, 0, 0
		n, err = fmt.Fscan(strings.NewReader(in), &a, &b, &c)
		fmt.Printf("Fscan(%q) = %d %v: %d %d %d\n", in, n, err, a, b, c)
	}
	var i8 int8
	var u8 uint8
	var i16 int16
	var u16 uint16
	var i32 int32
	var u32 uint32
	var i64 int64
	var u64 uint64
	var u uint
	var up uintptr
	for _, in := range []string{"1 2 3 4 5 6 7 8 9 10", "127 255 32767 65535 2147483647 4294967295 9223372036854775807 18446744073709551615 18446744073709551615 5",
		"128 1 1 1 1 1 1 1 1 1", "1 256", "-1 -1", "1 1 1 1 1 1 1 -5", "-128 0 -32768 0 -2147483648 0 -9223372036854775808 0 0 0", "0x7f 0xff 0b1 0o7 1_0 0X10 010 0x_1 1 1"} {
		n, err := fmt.Sscan(in, &i8, &u8, &i16, &u16, &i32, &u32, &i64, &u64, &u, &up)
		fmt.Println(n, err, i8, u8, i16, u16, i32, u32, i64, u64, u, up)
	}
	var t, f bool
	for _, in := range []string{"true false", "T F", "1 0", "TRUE FALSE", "tru false", "t fals", "yes no", "trueX false"} {
		t, f = false, true
		n, err := fmt.Sscan(in, &t, &f)
		fmt.Println(n, err, t, f)
	}
	var x float64
	var y float32
	for _, in := range []string{"1.5 2.25", "-1e10 3e-3", "inf -Inf", "nan NaN", "0x1p-2 0x1.8p1", "1_000.5 2", "1.5p3 1e", ".5 5.", "1e400 1e40", "abc 1", "+.e 1", "3 4.5e+2"} {
		x, y = 0, 0
		n, err := fmt.Sscan(in, &x, &y)
		fmt.Println(n, err, x, y)
	}
	var s1, s2 string
	var bs []byte
	for _, in := range []string{"hello world bytes", "  日本 語\t!", "one", "a\nb\nc"} {
		s1, s2, bs = "", "", nil
		n, err := fmt.Sscan(in, &s1, &s2, &bs)
		fmt.Printf("%d %v %q %q %q\n", n, err, s1, s2, bs)
		s1, s2, bs = "", "", nil
		n, err = fmt.Sscanln(in, &s1, &s2, &bs)
		fmt.Printf("ln %d %v %q %q %q\n", n, err, s1, s2, bs)
	}
	n, err := fmt.Sscan("1 2", a(), 5)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("1", &m)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3\n", new(int), new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2  \n3", new(int), new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\r\n", new(int), new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscan("")
	fmt.Println(n, err)
	n, err = fmt.Sscanln("x")
	fmt.Println(n, err)
}

func a() *int { return new(int) }
