// Octal escapes above 255.

package main

func main() {
	s := "\400" // ERROR "octal escape value 256 > 255"
	_ = s
}
