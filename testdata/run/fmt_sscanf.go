// Sscanf and Fscanf: verbs %d %s %v %f %q %x %X %c %b %o %t %U %e %g %%,
// widths, literal text, spaces and newlines in the format against the
// input, and go1.19's errors (input does not match format, too few / too
// many operands, bad verb, newline mismatches, missing verb).
package main

import (
	"fmt"
	"strings"
)

type row struct {
	in, format string
}

func main() {
	var i, j int
	var s string
	var f float64
	var r rune
	var bs []byte
	var b bool
	var u uint16
	ints := []row{
		{"12 34", "%d %d"}, {"12 34", "%d%d"}, {"12,34", "%d,%d"}, {"12, 34", "%d,%d"}, {"12 ,34", "%d,%d"},
		{"12\n34", "%d %d"}, {"12\n34", "%d\n%d"}, {"12 \n 34", "%d \n %d"}, {"12 34", "%d\n%d"},
		{"1234", "%2d%2d"}, {"123456", "%3d%d"}, {"ff 11", "%x %b"}, {"FF 17", "%X %o"}, {"0x1f 0b11", "%v %v"},
		{"(5, 6)", "(%d, %d)"}, {"(5, 6", "(%d, %d)"}, {"[5, 6]", "(%d, %d)"}, {"5 6 7", "%d %d"},
		{"5", "%d %d"}, {"", "%d %d"}, {"  ", "%d"}, {"x", "%d"}, {"50%", "%d%%"}, {"50 %", "%d %%"},
		{"50x", "%d%%"}, {"U+1F600 U+0041", "%U %U"}, {"1 2", "%d %s %d"}, {"7", "%d%"}, {"7 8", "%d %q"},
		{"9 1", "%5d %d"}, {"-12 +3", "%d %d"}, {"12", "%t"}, {"1 2", "%d"},
	}
	for _, c := range ints {
		i, j = 0, 0
		n, err := fmt.Sscanf(c.in, c.format, &i, &j)
		fmt.Printf("%q %q: %d %v %d %d\n", c.in, c.format, n, err, i, j)
	}
	strs := []row{
		{"hello world", "%s %s"}, {"hello world", "%5s%s"}, {"\"quoted \\\"str\\\"\\n\" `raw`", "%q %q"},
		{"\"bad\\z\" x", "%q %q"}, {"noquote x", "%q %q"}, {"\"open", "%q %q"}, {"68656c6c6f 776F", "%x %X"},
		{"6g 1", "%x %x"}, {"zz 1", "%x %x"}, {"abc def", "%v %v"}, {"a b", "%d %s"}, {"key=value", "key=%s"},
		{"\"\\x41\\u00e9\\U0001F600\\101\" x", "%q %s"}, {"\"\\xZZ\" x", "%q %s"},
	}
	for _, c := range strs {
		var t string
		s = ""
		n, err := fmt.Sscanf(c.in, c.format, &s, &t)
		fmt.Printf("%q %q: %d %v %q %q\n", c.in, c.format, n, err, s, t)
	}
	for _, c := range []row{{"ab c", "%c%c%c%c"}, {"日本 x", "%c%c%c%c"}, {" x", "%c"}} {
		var r1, r2, r3, r4 rune
		n, err := fmt.Sscanf(c.in, c.format, &r1, &r2, &r3, &r4)
		fmt.Printf("%q %q: %d %v %q %q %q %q\n", c.in, c.format, n, err, r1, r2, r3, r4)
	}
	n, err := fmt.Sscanf("3.25 1e3 -2.5E-1", "%f %g %e", &f, new(float64), new(float32))
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("3.25", "%d", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("abc", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("true", "%d", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscanf("true 1", "%t %v", &b, &u)
	fmt.Println(n, err, b, u)
	n, err = fmt.Sscanf("A", "%c", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscanf("é", "%c", new(int8))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x", "%c", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("61 62", "%x %s", &bs, &s)
	fmt.Printf("%d %v %q %q\n", n, err, bs, s)
	n, err = fmt.Sscanf("1 2", "%d %d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n", "%d\n", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1", "%d\n", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1\n\n2", "%d\n%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("1 2", "%d  %d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("12", "%d %d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("1\t2", "%d %d", &i, &j)
	fmt.Println(n, err, i, j)

	rd := strings.NewReader("10 20\n30 40\n")
	for k := 0; k < 3; k++ {
		n, err := fmt.Fscanf(rd, "%d %d\n", &i, &j)
		fmt.Println("Fscanf", n, err, i, j)
	}
	rd = strings.NewReader("5 6\n7 8\n")
	for k := 0; k < 3; k++ {
		n, err := fmt.Fscanln(rd, &i, &j)
		fmt.Println("Fscanln", n, err, i, j)
	}
}
