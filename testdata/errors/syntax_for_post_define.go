// A short variable declaration in a for post statement.

package main

func main() {
	for i := 0; i < 1; j := 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
}
