// else followed by neither if nor a block.

package main

func main() {
	x := true
	if x {
	} else x = false // ERROR "syntax error: else must be followed by if or statement block"
}
