// A missing comma in an argument list.

package main

func main() {
	println(1 2) // ERROR "syntax error: unexpected literal 2 in argument list; possibly missing comma or \)"
}
