// mgc only (go1.19 accepts this program): complex numbers are outside mini-Go.

package main

func main() {
	x := 2i // ERROR "complex numbers are not supported by mgc"
	y := 1.5e3i + 0x10i // ERROR "complex numbers are not supported by mgc"
	_, _ = x, y
}
