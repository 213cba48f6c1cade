// print_nospace: print writes its arguments without separators or newline; println separates with spaces.
package main

func main() {
	print(1, 2, 3)
	print("\n")
	print("a", "b", true, false, -7, "\n")
	println("a", "b", true, false, -7)
	print()
	println()
	println("")
	println("", "")
	println("x", "", "y")
	print("", "", "")
	print("end\n")
	s := ""
	println(s, len(s), s+s == "")
}
