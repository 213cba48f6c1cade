// Junk in a grouped declaration.

package main

var (
	a = 1 b // ERROR "syntax error: unexpected b in grouped declaration; possibly missing semicolon or newline or \)"
)

func main() {

}
