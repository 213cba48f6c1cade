// A variadic function: the extra arguments arrive as a slice.
package main

func sum(xs ...int) int {
	t := 0
	for i := 0; i < len(xs); i++ {
		t += xs[i]
	}
	return t
}

func main() {
	println(sum(1, 2, 3))
}
