// mgc-only: go1.19 accepts this program; codegen does not lower these library
// members yet and its support gate must say so rather than crash.
package main

import (
	"os"
	"strings"
)

func main() {
	println(len(os.Args))                // ERROR "os.Args is not yet supported by mgc"
	println(strings.Contains("abc", "b")) // ERROR "strings.Contains is not yet supported by mgc"
	os.Exit(0)
}
