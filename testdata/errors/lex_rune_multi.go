// More than one character in a rune literal.

package main

func main() {
	r := 'ab' // ERROR "more than one character in rune literal"
	_ = r
}
