// modzero_uint: x % 0 on unsigned values panics like division.
package main

func rem(a, b uint) uint {
	return a % b
}

func main() {
	println(rem(17, 5))
	println(rem(17, 0))
}
