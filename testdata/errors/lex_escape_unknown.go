// Unknown escapes in strings and runes.

package main

func main() {
	s := "a\q" // ERROR "unknown escape"
	_ = s
	r := '\"' // ERROR "unknown escape"
	_ = r
}
