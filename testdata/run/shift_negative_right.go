// shift_negative_right: a negative int8 count on a right shift also panics.
package main

func main() {
	var x uint8 = 128
	var n int8 = 7
	println(x >> n)
	n -= 8
	println(x >> n)
}
