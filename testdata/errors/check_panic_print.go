// panic takes one argument, recover none; print and println take values, not types or calls without results.
package main

type T struct{}

func nothing() {}

func main() {
	panic()              // ERROR `invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)`
	panic(1, 2)          // ERROR `invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)`
	_ = recover(1)       // ERROR `invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)`
	print(T)             // ERROR `T \(type\) is not an expression`
	println(int)         // ERROR `int \(type\) is not an expression`
	println(nothing())   // ERROR `nothing\(\) \(no value\) used as value`
	print(nothing(), 1)  // ERROR `nothing\(\) \(no value\) used as value`
	x := panic("x")      // ERROR `panic\("x"\) \(no value\) used as value`
	println(1, "a", nil) // ERROR `use of untyped nil in argument to println`
	_ = x
}
