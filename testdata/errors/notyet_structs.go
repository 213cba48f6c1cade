// mgc-only: go1.19 accepts this program; codegen does not lower structs yet and
// its support gate must say so rather than crash.
package main

type point struct{ x, y int }

func origin() point { // ERROR "structs are not yet supported by mgc"
	return point{} // ERROR "composite literals are not yet supported by mgc"
}

func main() {
	p := point{1, 2} // ERROR "composite literals are not yet supported by mgc"
	p.x = 3
	println(p.x + p.y)
	var q point // ERROR "structs are not yet supported by mgc"
	q = origin()
	println(q.y)
}
