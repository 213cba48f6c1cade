// Structs as values: literals, field assignment, returning a struct, the zero value.
package main

type point struct{ x, y int }

func origin() point {
	return point{}
}

func main() {
	p := point{1, 2}
	p.x = 3
	println(p.x + p.y)
	var q point
	q = origin()
	println(q.y)
}
