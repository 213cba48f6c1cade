// A package variable whose initializer reaches itself through functions is an
// initialization loop (Go spec: Package initialization).
package main

var x = f() // ERROR "initialization loop for x"

func f() int { return g() }
func g() int { return x }

func main() {
	println(x)
}
