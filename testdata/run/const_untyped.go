// const_untyped: untyped constant arithmetic is exact beyond 64 bits until it is used.
package main

const big = 1 << 100
const huge = big * big
const back = huge >> 195
const maxInt = 1<<63 - 1
const minInt = -1 << 63

func main() {
	println(big >> 98)
	println(back)
	println(maxInt, minInt)
	println(big/(1<<90), big%7)
	const neg = -17
	println(neg/5, neg%5, -neg/5)
	println(7/2, -7/2, 7%-2)
	x := maxInt
	println(x)
	var y int = minInt
	println(y)
	println(big > maxInt, huge/big == big)
}
