// An array type missing its ].

package main

func main() {
	var a [3 int // ERROR "syntax error: unexpected int, expecting \]"
	_ = a
}
