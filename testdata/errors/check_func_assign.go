// Function values are assignable only between identical signatures (parameter names do not matter).
package main

type Handler func(string) error

func h1(s string) error        { return nil }
func h2(s string)              {}
func h3(s []byte) error        { return nil }
func h4(s string) (int, error) { return 0, nil }
func h5(string, ...int) error  { return nil }
func h6(name string) error     { return nil }

func main() {
	var h Handler
	h = h1
	h = h2 // ERROR `cannot use h2 \(value of type func\(s string\)\) as type Handler in assignment`
	h = h3 // ERROR `cannot use h3 \(value of type func\(s \[\]byte\) error\) as type Handler in assignment`
	h = h4 // ERROR `cannot use h4 \(value of type func\(s string\) \(int, error\)\) as type Handler in assignment`
	h = h5 // ERROR `cannot use h5 \(value of type func\(string, \.\.\.int\) error\) as type Handler in assignment`
	h = h6
	var f func(int) int = func(x int) int { return x }
	f = func(x int) {}                 // ERROR `cannot use func\(x int\) \{\} \(value of type func\(x int\)\) as type func\(int\) int in assignment`
	f = func(x int64) int { return 0 } // ERROR `cannot use func\(x int64\) int \{…\} \(value of type func\(x int64\) int\) as type func\(int\) int in assignment`
	var g func() = main
	g = func() {}
	var k func(...int) = func(xs []int) {} // ERROR `cannot use func\(xs \[\]int\) \{\} \(value of type func\(xs \[\]int\)\) as type func\(\.\.\.int\) in variable declaration`
	_, _, _ = h, f, g
	_ = k
}
