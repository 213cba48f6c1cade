// var a, b = f() at package level: f runs once per declaration, in
// initialization order, and a blank name still runs its call.
package main

var calls int

func pair() (int, string) {
	calls++
	return calls * 10, "p"
}

var first = n + 1
var n, s = pair()
var _, t = pair()

func init() {
	println("init", n, s, t, first, calls)
}

func main() {
	println(n, s, t, first, calls)
}
