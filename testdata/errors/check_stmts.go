// Statement rules: := needs a new variable, break and continue need a loop,
// and an expression statement must be a call.
package main

func main() {
	x := 1
	x := 2     // ERROR "no new variables on left side of :="
	break      // ERROR "break is not in a loop, switch, or select"
	continue   // ERROR "continue is not in a loop"
	1 + 2      // ERROR `1 \+ 2 \(untyped int constant 3\) is not used`
	len("abc") // ERROR `len\("abc"\) \(constant 3 of type int\) is not used`
	println(x)
}
