// Bad digits in hexadecimal and octal escapes.

package main

func main() {
	s := "\xZZ" // ERROR "invalid character 'Z' in hexadecimal escape"
	_ = s
	t := "\19" // ERROR "invalid character '9' in octal escape"
	_ = t
}
