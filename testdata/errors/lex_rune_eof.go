// A rune literal not terminated at the end of the file.
// ERRORAT 9 "rune literal not terminated"

package main

func main() {
}

var r = '