// Number literals without digits.

package main

func main() {
	a := 0x // ERROR "hexadecimal literal has no digits"
	b := 0b // ERROR "binary literal has no digits"
	c := 0o_ // ERROR "octal literal has no digits"
	_, _, _ = a, b, c
}
