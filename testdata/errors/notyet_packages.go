// mgc-only: go1.19 accepts this program; a package of LANGUAGE.md's library
// without a stub in lib/ yet is rejected at its import.
package main

import (
	"os"
	"strings" // ERROR "package strings is not yet supported by mgc"
)

func main() {
	println(len(os.Args))
	println(strings.Contains("abc", "b"))
	os.Exit(0)
}
