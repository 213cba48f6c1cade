// vars: var declarations with and without initialisers, zero values, := and shadowing.
package main

func main() {
	var a int
	var b bool
	var c string
	println(a, b, c == "", len(c))
	var d = 5
	var e, f = "e", true
	var g, h int = 1, 2
	println(d, e, f, g, h)
	var (
		i = 7
		j string
	)
	println(i, j+"|")
	k := d + g
	l, m := "l", k*2
	println(k, l, m)
	k, n := 100, 200
	println(k, n)
	{
		k := "shadow"
		println(k)
		a = 9
	}
	println(k, a)
	var _ = 1
	_ = m
}
