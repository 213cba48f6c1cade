// m[k]++ on a nil map reads the zero value, then panics on the store.
package main

func main() {
	var counts map[int]int
	counts[1]++
	println("not reached")
}
