// new takes exactly one argument, which must be a type.
package main

type T struct{ a int }

func main() {
	x := 1
	_ = new(x)               // ERROR `x \(variable of type int\) is not a type`
	_ = new(1)               // ERROR `1 is not a type`
	_ = new()                // ERROR `invalid operation: not enough arguments for new\(\) \(expected 1, found 0\)`
	_ = new(int, int)        // ERROR `invalid operation: too many arguments for new\(int, int\) \(expected 1, found 2\)`
	_ = new(T{})             // ERROR `T\{\} is not a type`
	var p *int = new(string) // ERROR `cannot use new\(string\) \(value of type \*string\) as type \*int in variable declaration`
	_ = new(T).a
	_ = new([]int)[0] // ERROR `invalid operation: cannot index new\(\[\]int\) \(value of type \*\[\]int\)`
	_ = p
}
