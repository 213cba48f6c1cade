// shift_negative: a negative signed shift count panics (runtime.panicshift).
package main

func shl(x int, n int) int {
	return x << n
}

func main() {
	println(shl(1, 3), shl(1, 63), shl(1, 64))
	println(shl(1, -1))
}
