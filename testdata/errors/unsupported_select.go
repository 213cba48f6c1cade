// mgc only (go1.19 accepts this program): select is outside mini-Go.

package main

func main() {
	select { // ERROR "select is not supported by mgc"
	default:
	}
}
