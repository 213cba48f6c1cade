// Golden: integer division checks its divisor explicitly (runtime.panicdivide),
// and narrow integer types are re-extended after arithmetic.
package main

func div(a, b int) (int, int) {
	return a / b, a % b
}

func wrap(x int8) int8 {
	return x + 1
}

func main() {
	q, r := div(7, 2)
	println(q, r, wrap(127))
}
