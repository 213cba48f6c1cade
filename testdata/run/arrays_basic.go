// Arrays as values: package-level and local arrays, nested indexing, [...]T literals, constant len.
package main

var grid [3][3]int

func main() {
	var a [4]int
	a[0] = 1
	grid[1][1] = a[0]
	println(grid[1][1], len(a)) // len(a) is the constant 4
	b := [...]string{"x", "y"}
	println(b[1])
}
