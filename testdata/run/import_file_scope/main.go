// Each file has its own imports (Go spec: Declarations and scope: the
// package name of an import is declared in the file block): every file here
// imports what it uses, some the same package, one under another name.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 2), shout("hi"), greeting)
	var b Banner
	b.Add("x")
	b.Add("y")
	fmt.Println(b.String(), describe(3))
	fmt.Println(noImports())
	fmt.Println(width, strconvQuote("q"))
}
