// Imports belong to the file that declares them (Go spec: Declarations and
// scope): each file must import what it uses and use what it imports, and
// an import's name may not also be a package-level name.
package main

import (
	"fmt"
	"os" // ERROR `imported and not used: "os"`
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(1), b(), c())
}
