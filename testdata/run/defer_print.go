// print and println can be deferred; their arguments are evaluated at the defer.
package main

func main() {
	x, s, b := 3, "str", true
	defer println("println:", x, s, b)
	defer print("print:", x, s, b, "\n")
	defer println()
	var u uint8 = 200
	defer println(u, -x, len(s))
	x, s, b, u = 0, "", false, 0
	println("body")
}
