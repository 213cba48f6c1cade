// MustCompile of a bad pattern panics with a string: the pattern quoted
// (backquotes, or strconv.Quote when it cannot be backquoted), then the
// *syntax.Error's text.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	fmt.Println(regexp.MustCompile(`ok\d`).FindString("ok1"))
	func() {
		defer func() { fmt.Println(recover()) }()
		regexp.MustCompile("back`quote(")
	}()
	regexp.MustCompile(`a(b`)
}
