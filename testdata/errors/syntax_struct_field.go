// Junk in a struct type.

package main

type T struct {
	a int b // ERROR "syntax error: unexpected b in struct type; possibly missing semicolon or newline or \}"
}

func main() {

}
