// Operands that point to defined types (scanned by the kind they point to,
// as Go does through reflect: a float takes any verb), and operands that
// cannot be scanned: not a pointer, a pointer to a struct or map.
package main

import "fmt"

type Celsius float64
type Small int8
type Flag bool
type Name string
type Raw []byte
type Code uint16
type Ratio float32
type Point struct{ X, Y int }

func main() {
	var c Celsius
	var s Small
	var f Flag
	var n Name
	var r Raw
	var code Code
	var ratio Ratio
	cnt, err := fmt.Sscan("36.6 -12 true gopher 0xcafe 65535 0.1", &c, &s, &f, &n, &r, &code, &ratio)
	fmt.Println(cnt, err, c, s, f, n, string(r), code, ratio)
	cnt, err = fmt.Sscan("200", &s)
	fmt.Println(cnt, err, s)
	cnt, err = fmt.Sscan("70000", &code)
	fmt.Println(cnt, err, code)
	cnt, err = fmt.Sscanf("1.5 ff 2", "%d %x %s", &c, &code, &n)
	fmt.Println(cnt, err, c, code, n)
	cnt, err = fmt.Sscanf("z", "%d", &s)
	fmt.Println(cnt, err)
	cnt, err = fmt.Sscanf("1", "%s", &f)
	fmt.Println(cnt, err)
	var p Point
	cnt, err = fmt.Sscan("1 2", &p)
	fmt.Println(cnt, err)
	var i int
	cnt, err = fmt.Sscan("1 2", i)
	fmt.Println(cnt, err)
	cnt, err = fmt.Sscan("1", c)
	fmt.Println(cnt, err)
	var m map[string]int
	cnt, err = fmt.Sscan("1", &m)
	fmt.Println(cnt, err)
	var nilc *Celsius
	cnt, err = fmt.Sscan("1", nilc)
	fmt.Println(cnt, err)
	var ints []int
	cnt, err = fmt.Sscan("1", &ints)
	fmt.Println(cnt, err)
}
