// Qualified identifiers of library packages: unexported names and names the
// package does not have.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	fmt.println("x")         // ERROR "undefined: fmt.println"
	_ = os.args              // ERROR "undefined: os.args"
	_ = errors.errorString{} // ERROR "errorString not exported by package errors"
	var f *os.File = 1       // ERROR "cannot use 1 \(untyped int constant\) as \*os.File value in variable declaration"
	_ = f
	_ = fmt.Stringer(nil)
}
