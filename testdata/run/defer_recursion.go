// Deep recursion with a deferred call in every frame; a panic at the bottom
// runs all of them and is recovered at the top.
package main

var sum int

func down(n int) {
	defer func() { sum += n }()
	if n == 0 {
		panic("bottom")
	}
	down(n - 1)
}

func run(n int) (ok bool) {
	defer func() {
		ok = recover() != nil
	}()
	down(n)
	return true
}

func count(n int) (r int) {
	defer func() { r++ }()
	if n == 0 {
		return 0
	}
	return count(n - 1)
}

func main() {
	println(run(10000), sum)
	println(count(50000))
}
