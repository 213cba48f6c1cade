// Undefined names are reported where they are used.
package main

func main() {
	x := y // ERROR "undefined: y"
	println(x)
	z() // ERROR "undefined: z"
}
