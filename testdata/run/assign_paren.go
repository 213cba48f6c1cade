// assign_paren: a parenthesized variable is assignable (Go spec: Assignment
// statements, "each left-hand side operand must be addressable").
package main

func main() {
	x := 1
	(x) = 2
	println(x)
	(x)++
	((x)) += 3
	println(x)
	var s string
	(s), x = "s", 10
	(s) += "!"
	println(s, x)
}
