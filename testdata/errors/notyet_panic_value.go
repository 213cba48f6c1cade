// mgc-only: go1.19 accepts this program; it prints a panic value of a defined
// string type with its type (panic: main.E("boom")), which mgc does not yet.
package main

type E string

func main() {
	panic(E("boom")) // ERROR "panic with a value of a defined string type is not yet supported by mgc"
}
