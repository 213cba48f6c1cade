// traceback_deep: a panic 150 calls deep: the traceback stops after 100
// entries with "...additional frames elided...", as gc's does.
package main

func dive(n int) int {
	if n == 0 {
		var m map[string]int
		m["deep"] = 1
	}
	return dive(n-1) + 1
}

func main() {
	println(dive(150))
}
