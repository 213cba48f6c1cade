// A malformed index expression.

package main

func main() {
	x := []int{1}
	_ = x[0 1] // ERROR "syntax error: unexpected literal 1, expecting comma, : or \]"
}
