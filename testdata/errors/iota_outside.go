// iota has a value only inside a constant declaration.
package main

const k = iota

func main() {
	println(iota) // ERROR "cannot use iota outside constant declaration"
	x := iota + 1 // ERROR "cannot use iota outside constant declaration"
	const c = iota * 2
	var v = iota // ERROR "cannot use iota outside constant declaration"
	println(x, c, v, k)
}
