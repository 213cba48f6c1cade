// matmul: dense float64 matrix multiply over slices of slices, and an
// integer prefix-sum pass: nested loops with 2-D indexing.
package main

import "os"

func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n / 3
	}
	return n
}

func matmul(a, b [][]float64) [][]float64 {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		c[i] = make([]float64, p)
		for k := 0; k < m; k++ {
			aik := a[i][k]
			for j := 0; j < p; j++ {
				c[i][j] += aik * b[k][j]
			}
		}
	}
	return c
}

func main() {
	n := work(360)
	a := make([][]float64, n)
	b := make([][]float64, n)
	for i := 0; i < n; i++ {
		a[i] = make([]float64, n)
		b[i] = make([]float64, n)
		for j := 0; j < n; j++ {
			a[i][j] = float64(i*n+j) / float64(n*n)
			b[i][j] = float64(j*n+i) / float64(n*n)
		}
	}
	c := matmul(a, b)
	sums := make([]int, n*n)
	acc := 0
	for i := range sums {
		acc += i % 17
		sums[i] = acc
	}
	println(c[0][0], c[n/2][n/3], c[n-1][n-1], sums[len(sums)-1])
}
