// defer needs an unparenthesized function call.

package main

func f() {}

func main() {
	defer (f()) // ERROR "expression in defer must not be parenthesized"
	defer f // ERROR "expression in defer must be function call"
}
