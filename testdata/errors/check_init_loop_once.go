// An initialization loop is reported once, at its first variable, however
// many of its variables the check starts from; a variable whose initializer
// needs itself is the same error, not a second one.
package main

var a = b // ERROR "initialization loop for a"
var b = c
var c = a

var x int = x // ERROR "initialization loop for x"

func main() {
	println(a, b, c, x)
}
