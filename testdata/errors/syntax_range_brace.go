// A range clause followed by something other than {.

package main

func main() {
	s := []int{1}
	for x := range s; x > 0 { // ERROR "syntax error: unexpected semicolon, expecting \{ after for clause"
	}
}
