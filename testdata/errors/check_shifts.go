// Shift counts must be non-negative integers; shifted operands must be integers.
package main

func main() {
	x := 1
	println(x << -1)  // ERROR `invalid operation: negative shift count -1 \(untyped int constant\)`
	println(x << "a") // ERROR `cannot convert "a" \(untyped string constant\) to uint`
	s := "s"
	println(s << 1) // ERROR `invalid operation: shifted operand s \(variable of type string\) must be integer`
}
