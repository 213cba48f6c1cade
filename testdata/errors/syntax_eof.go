// A file that ends inside a function body.

package main

func main() {
	for {
 // ERROR "syntax error: unexpected EOF, expecting \}"