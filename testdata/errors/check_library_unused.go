// An imported library package must be used; a blank import need not be.
package main

import (
	_ "errors"
	"fmt" // ERROR `imported and not used: "fmt"`
	"os"
)

func main() {
	os.Exit(0)
}
