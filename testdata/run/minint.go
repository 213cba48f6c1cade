// minint: printing and dividing MinInt64; MinInt64 / -1 wraps instead of trapping.
package main

func div(a, b int) int { return a / b }

func mod(a, b int) int { return a % b }

func main() {
	x := -9223372036854775807 - 1
	println(x)
	println(x + 1)
	println(-x)
	m := -1
	println(x/m, x%m)
	println(div(x, -1), mod(x, -1))
	println(div(x, 1), mod(x, 1))
	y := x
	y--
	println(y)
	y++
	println(y == x, y < 0, y > 0)
}
