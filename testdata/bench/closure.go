// closure: closures that capture and update variables, passed to
// higher-order functions (map, filter, fold), and func values in a slice.
package main

import "os"

func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n / 20
	}
	return n
}

func mapInts(a []int, f func(int) int) []int {
	out := make([]int, len(a))
	for i, v := range a {
		out[i] = f(v)
	}
	return out
}

func filter(a []int, keep func(int) bool) []int {
	var out []int
	for _, v := range a {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func fold(a []int, acc int, f func(int, int) int) int {
	for _, v := range a {
		acc = f(acc, v)
	}
	return acc
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	a := make([]int, 1000)
	for i := range a {
		a[i] = i
	}
	total := 0
	next := counter()
	ops := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 3 },
		func(x int) int { return x ^ 0x55 },
	}
	iters := work(3000)
	for r := 0; r < iters; r++ {
		k := r % 7
		b := mapInts(a, func(x int) int { return x*2 + k })
		c := filter(b, func(x int) bool { return x%3 == 0 })
		total += fold(c, 0, func(acc, x int) int { return acc + x })
		total += ops[r%3](next())
	}
	println(total)
}
