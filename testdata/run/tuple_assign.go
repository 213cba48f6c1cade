// tuple_assign: a, b = b, a and friends evaluate all right-hand sides first.
package main

func main() {
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	x, y, z := "x", "y", "z"
	x, y, z = z, x, y
	println(x, y, z)
	i, j := 0, 1
	for k := 0; k < 10; k++ {
		i, j = j, i+j
	}
	println(i, j)
	p, q := 5, 7
	p, q = p+q, p*q
	println(p, q)
	t, f := true, false
	t, f = f, t
	println(t, f)
	m, n := 3, 4
	m, n, _ = n, m, 99
	println(m, n)
	var u, v int = 10, 20
	u, v = v-u, u+v
	println(u, v)
}
