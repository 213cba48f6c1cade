// A string not terminated at the end of the file.
// ERRORAT 10 "string not terminated"

package main

func main() {
	_ = 1
}

var s = "abc