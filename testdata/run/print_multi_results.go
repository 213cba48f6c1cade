// print_multi_results: println(f()) prints every result of a multi-value call.
package main

func three() (int, string, bool) {
	return 7, "seven", true
}

func pair() (uint8, int8) {
	return 255, -128
}

func main() {
	println(three())
	print(three())
	println()
	println(pair())
}
