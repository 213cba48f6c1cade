// hanoi: towers of Hanoi, recursion with string parameters and a global move counter.
package main

var moves int

func hanoi(n int, from, to, via string, show bool) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, show)
	moves++
	if show {
		println("move disk", n, "from", from, "to", to)
	}
	hanoi(n-1, via, to, from, show)
}

func main() {
	hanoi(3, "A", "C", "B", true)
	println("moves:", moves)
	moves = 0
	hanoi(20, "A", "C", "B", false)
	println("moves for 20 disks:", moves)
}
