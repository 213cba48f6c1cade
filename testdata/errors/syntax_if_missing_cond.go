// An if statement without a condition.

package main

func main() {
	if x := 1; { // ERROR "syntax error: missing condition in if statement"
		_ = x
	}
}
