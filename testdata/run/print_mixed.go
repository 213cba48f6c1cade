// print_mixed: print and println of ints, bools and strings mixed; spacing rules.
package main

func main() {
	println(1, true, "two", false, -3)
	print("a", "b", 1, 2, true, "\n")
	print("no newline", " ")
	print(42)
	println()
	println("")
	println("", "")
	println()
	print()
	println(0, -0, 007, 0x1F, 0b101, 1_000_000)
	x := 10
	ok := x > 5
	s := "str"
	println(x, ok, s, x*2, !ok, s+s)
	print(x, ok, s, "\n")
	println("tab\there", "quote\"", "back\\slash", "nul\x00byte")
}
