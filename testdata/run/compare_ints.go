// compare_ints: the six comparison operators on ints, including extremes.
package main

func cmp(a, b int) {
	println(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	cmp(1, 2)
	cmp(2, 1)
	cmp(5, 5)
	cmp(-1, 1)
	cmp(-3, -7)
	max := 9223372036854775807
	min := -max - 1
	cmp(min, max)
	cmp(max, min)
	cmp(min, min)
	cmp(0, min)
}
