// panic_computed: panic with a string built at run time, including an empty string.
package main

func describe(n int) string {
	if n < 0 {
		return "negative"
	}
	return "fine"
}

func main() {
	s := "bad value: " + describe(-1)
	if len(s) > 3 {
		panic(s + "!")
	}
	println("not reached")
}
