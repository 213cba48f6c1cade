// A composite literal element list needs a comma before a newline.

package main

func main() {
	x := []int{
		1,
		2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \}"
	}
	_ = x
}
