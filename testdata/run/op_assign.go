// op_assign: += -= *= /= %= on ints and += on strings.
package main

func main() {
	x := 10
	x += 5
	println(x)
	x -= 3
	println(x)
	x *= 4
	println(x)
	x /= 5
	println(x)
	x %= 4
	println(x)
	y := -17
	y /= 4
	println(y)
	y %= 3
	println(y)
	s := "go"
	s += "pher"
	s += ""
	println(s)
	n := 1
	for i := 0; i < 62; i++ {
		n *= 2
	}
	println(n)
	n += n
	println(n)
	n -= 1
	println(n)
}
