// A raw string not terminated at the end of the file.
// ERRORAT 9 "string not terminated"

package main

func main() {
}

var s = `abc
def