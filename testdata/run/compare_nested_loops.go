package main

type padded struct {
	a int8
	b int64
}

type named struct {
	tags [2]string
	id   int16
}

func main() {
	// Arrays of arrays of strings: nested element loops.
	x := [2][2]string{{"a", "b"}, {"c", "d"}}
	y := x
	println(x == y)
	y[1][1] = "e"
	println(x == y, x != y)
	y[1][1] = "d"
	y[0][0] = "z"
	println(x == y)

	// Padding inside array elements is skipped.
	var p1, p2 [3]padded
	for i := range p1 {
		p1[i] = padded{int8(i), int64(i) << 33}
		p2[i] = padded{int8(i), int64(i) << 33}
	}
	println(p1 == p2)
	p2[2].a = -1
	println(p1 == p2)

	// Structs holding arrays of strings, in arrays.
	n1 := [2]named{{[2]string{"x", "y"}, 1}, {[2]string{"", "z"}, 2}}
	n2 := n1
	println(n1 == n2)
	n2[1].tags[0] = "w"
	println(n1 == n2)
	n2[1].tags[0] = ""
	n2[1].id = -2
	println(n1 == n2)

	// Comparison results used in conditions and stored.
	eq := [2]bool{x == y, n1 == n1}
	if eq[1] && !eq[0] {
		println("as expected")
	}
	count := 0
	for i := range p1 {
		if p1[i] == p2[i] {
			count++
		}
	}
	println(count)
}
