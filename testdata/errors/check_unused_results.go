// Expression statements must be calls or receives; values of builtins, conversions, operators and selectors cannot stand alone.
package main

type T struct{ f int }

func (T) M() int { return 0 }

func main() {
	s := []int{1}
	x := 1
	var t T
	len(s) // ERROR `len\(s\) \(value of type int\) is not used`
	cap(s) // ERROR `cap\(s\) \(value of type int\) is not used`
	x      // ERROR `x \(variable of type int\) is not used`
	x == 1 // ERROR `x == 1 \(untyped bool value\) is not used`
	t.f    // ERROR `t\.f \(variable of type int\) is not used`
	t.M    // ERROR `t\.M \(value of type func\(\) int\) is not used`
	int(x) // ERROR `int\(x\) \(value of type int\) is not used`
	s[0]   // ERROR `s\[0\] \(variable of type int\) is not used`
	-x     // ERROR `-x \(value of type int\) is not used`
	t.M()
}
