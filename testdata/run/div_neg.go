// div_neg: integer / and % truncate toward zero for every sign combination.
package main

func show(a, b int) {
	println(a, "/", b, "=", a/b, " ", a, "%", b, "=", a%b)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(6, 3)
	show(-6, 3)
	show(1, 7)
	show(-1, 7)
	show(0, -5)
	show(9223372036854775807, -1)
	x := -9223372036854775807 - 1
	show(x, 2)
	show(x, -2)
	show(x, 3)
	show(x, 9223372036854775807)
}
