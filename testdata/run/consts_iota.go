// consts_iota: const declarations, iota, implicit repetition, skipped values.
package main

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	x0, y0 = iota, iota * 10
	x1, y1
	x2, y2
)

const greeting = "hi"
const answer int = 42
const yes = true

const (
	first = "first"
	again
	third = iota
)

func main() {
	println(A, B, C, E)
	println(KB, MB, GB, TB)
	println(x0, y0, x1, y1, x2, y2)
	println(greeting, answer, yes, !yes)
	println(first, again, third)
	const local = answer * 2
	const (
		p = iota + 100
		q
	)
	println(local, p, q)
}
