// An inlined function that panics keeps Go's message and exit status.
package main

func at(s []int, i int) int { return s[i] }

func div(a, b int) int { return a / b }

func check(ok bool) {
	if !ok {
		panic("check failed")
	}
}

func main() {
	s := []int{1, 2, 3}
	println(at(s, 1), div(7, 2))
	check(true)
	println(at(s, len(s)))
}
