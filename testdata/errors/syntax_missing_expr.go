// An assignment without a right-hand side.

package main

func main() {
	x :=
} // ERROR "syntax error: unexpected \}, expecting expression"

func f() {
}
