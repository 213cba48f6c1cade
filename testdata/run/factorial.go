// factorial: iterative and recursive factorial; past 20! the int result wraps around.
package main

func factRec(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factRec(n-1)
}

func main() {
	f := 1
	for i := 1; i <= 25; i++ {
		f *= i
		println(i, f, factRec(i) == f)
	}
}
