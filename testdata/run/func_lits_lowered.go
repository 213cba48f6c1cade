// Function literals: called at once, stored, capturing variables.
package main

func main() {
	add := func(a, b int) int { return a + b }
	println(add(1, 2))
	func() { println("now") }()
}
