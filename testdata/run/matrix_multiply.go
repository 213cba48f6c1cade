package main

const N = 3

type Matrix [N][N]int

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			for k := 0; k < N; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func pow(m Matrix, n int) Matrix {
	var r Matrix
	for i := range r {
		r[i][i] = 1
	}
	for n > 0 {
		if n&1 == 1 {
			r = mul(r, m)
		}
		m = mul(m, m)
		n >>= 1
	}
	return r
}

func show(m Matrix) {
	for _, row := range m {
		println(row[0], row[1], row[2])
	}
}

// mulSlices multiplies matrices held as slices of slices.
func mulSlices(a, b [][]int) [][]int {
	c := make([][]int, len(a))
	for i := range c {
		c[i] = make([]int, len(b[0]))
		for j := range c[i] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	b := Matrix{{9, 8, 7}, {6, 5, 4}, {3, 2, 1}}
	show(mul(a, b))
	show(mul(b, a))
	// Fibonacci numbers from powers of [[1 1 0] [1 0 0] [0 0 1]].
	f := Matrix{{1, 1, 0}, {1, 0, 0}, {0, 0, 1}}
	for _, n := range []int{1, 2, 10, 50, 90} {
		println(n, pow(f, n)[0][1])
	}
	println(a == a, mul(a, pow(a, 0)) == a)
	c := mulSlices([][]int{{1, 2}, {3, 4}, {5, 6}}, [][]int{{1, 0, 2}, {0, 1, 3}})
	for _, row := range c {
		println(len(row), row[0], row[1], row[2])
	}
}
