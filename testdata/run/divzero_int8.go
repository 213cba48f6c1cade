// divzero_int8: dividing an int8 by a zero variable panics.
package main

func main() {
	var a int8 = 10
	var z int8
	println(a / (z + 2))
	println(a / z)
}
