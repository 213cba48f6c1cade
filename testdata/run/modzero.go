// modzero: remainder by a zero variable panics with the divide-by-zero error.
package main

func main() {
	n := 7
	for d := 3; d >= 0; d-- {
		println(n, "%", d, "=", n%d)
	}
	println("not reached")
}
