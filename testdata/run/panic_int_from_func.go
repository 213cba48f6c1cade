// panic with an int, and with a value of a defined string type.
package main

type code string

func check(n int) {
	if n < 0 {
		panic(n)
	}
	if n > 100 {
		panic(code("too big"))
	}
}

func main() {
	defer check(101)
	check(1)
	check(-5)
}
