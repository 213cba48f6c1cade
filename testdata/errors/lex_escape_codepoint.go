// Escapes that are not Unicode code points.

package main

func main() {
	r := '\uD800' // ERROR "escape is invalid Unicode code point U\+D800"
	_ = r
	s := "\U00110000" // ERROR "escape is invalid Unicode code point U\+110000"
	_ = s
}
