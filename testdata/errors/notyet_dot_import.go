// mgc-only: go1.19 accepts this program; mini-Go does not offer dot imports.
package main

import . "fmt" // ERROR "dot imports are not yet supported by mgc"

func main() {
	Println("x")
}
