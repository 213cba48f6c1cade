// traceback_init_var: a panic while a package variable is initialized: gc
// shows main.init at the variable's line, under the function that panicked.
package main

var table = build(3)

func build(n int) []int {
	s := make([]int, n)
	for i := 0; i <= n; i++ {
		s[i] = i * i
	}
	return s
}

func main() {
	println(len(table))
}
