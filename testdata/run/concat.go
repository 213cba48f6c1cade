// concat: string concatenation with 2 to 7 operands, empty parts and +=.
package main

func two(a, b string) string { return a + b }

func main() {
	a, b, c := "a", "bb", "ccc"
	println(a + b)
	println(a + b + c)
	println(a + b + c + a)
	println(a + b + c + a + b)
	println(a + b + c + a + b + c)
	println(a + b + c + a + b + c + "!")
	e := ""
	println(e+e == "", e+a == a, a+e+e == "a", len(e+e))
	s := ""
	for i := 0; i < 5; i++ {
		s += b
	}
	println(s, len(s))
	println(two("x", two("y", "z")))
	println("lit" + "eral" + a)
}
