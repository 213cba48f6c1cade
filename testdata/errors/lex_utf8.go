// Invalid UTF-8 in the source (reported once per line).

package main

func main() {
	// comment ÿþ // ERROR "invalid UTF-8 encoding"
	s := "Ã" // ERROR "invalid UTF-8 encoding"
	_ = s
}
