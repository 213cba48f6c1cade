// divzero_minus_one: MinInt64 / -1 does not trap, but a later / 0 does panic.
package main

func main() {
	min := -9223372036854775807 - 1
	d := -1
	println(min/d, min%d)
	d++
	println(min / d)
}
