// Conversions between strings and byte or rune slices, and range over a sliced string.
package main

func main() {
	s := "héllo"
	println(len([]byte(s)))
	println(len([]rune(s)))
	for i, r := range s[1:] { // a string: lowered
		println(i, r, s[i], string(r))
	}
}
