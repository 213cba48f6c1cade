// A for clause with a missing semicolon.

package main

func main() {
	for i := 0; i < 3 {} // ERROR "syntax error: unexpected \{, expecting semicolon or newline"
}
