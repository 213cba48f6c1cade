// A function declaration inside a function.

package main

func main() {
	func f() {} // ERROR "syntax error: unexpected f, expecting \("
} // ERROR "syntax error: non-declaration statement outside function body"
