// A byte order mark after the start of the file.

package main

func main() {
	x := 1 ﻿ // ERROR "invalid BOM in the middle of the file"
	_ = x
}
