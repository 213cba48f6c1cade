// Golden: string concatenation is one runtime call for the whole chain;
// == compares lengths first, then bytes; < calls cmpstring.
package main

func greet(a, b string) string {
	return a + ", " + b + "!"
}

func same(a, b string) bool {
	return a == b
}

func less(a, b string) bool {
	return a < b
}

func main() {
	println(greet("hello", "world"), same("a", "a"), less("a", "b"))
}
