// Declaring a name twice in one block.
package main

var g int
var g string // ERROR "g redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

func main() {
	var a int
	var a int // ERROR "a redeclared in this block"
	println(a)
}
