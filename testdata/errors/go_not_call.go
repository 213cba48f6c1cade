// The operand of go must be a call (a syntax error in go1.19).

package main

func f() {}

func main() {
	go f // ERROR "expression in go must be function call"
}
