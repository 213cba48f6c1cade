// mgc-only: go1.19 accepts this program. The checker accepts floats, but
// codegen cannot lower float values yet: every float variable, parameter,
// result and run-time value is reported (once per line) rather than
// miscompiled. Constant expressions are folded and compile.
package main

var g float64 // ERROR "floating-point numbers are not yet supported by mgc"

var h = 2.5 // ERROR "floating-point numbers are not yet supported by mgc"

type F float32

const c = 2.5

func half(x float64) int { return 1 } // ERROR "floating-point numbers are not yet supported by mgc"

func get() F { return 0 } // ERROR "floating-point numbers are not yet supported by mgc"

func main() {
	var i int = 2.0
	println(int(c*2), i, 1.5 < c)
	x := 1.5                            // ERROR "floating-point numbers are not yet supported by mgc"
	println(2.5)                        // ERROR "floating-point numbers are not yet supported by mgc"
	println(half(1))                    // half was rejected at its declaration
	println(float64(i) > 1, int(get())) // ERROR "floating-point numbers are not yet supported by mgc"
	_ = x                               // x was rejected at its declaration
}
