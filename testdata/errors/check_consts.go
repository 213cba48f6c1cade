// Constants cannot be assigned, typed constants overflow, and a constant
// declaration needs a constant value.
package main

func main() {
	const c = 10
	c = 5 // ERROR `cannot assign to c \(untyped int constant 10\)`
	const d int8 = 100
	println(d * 2) // ERROR `d \* 2 \(constant 200 of type int8\) overflows int8`
	var i int = 1
	const e = i // ERROR `i \(variable of type int\) is not constant`
	println(c, e)
}
