// Package-level maps: initialized by a literal, filled by init and main.
package main

var table = map[string]int{"one": 1, "two": 2, "three": 3}

var squares map[int]int

var lazy map[string]bool

func init() {
	squares = make(map[int]int)
	for i := 0; i < 10; i++ {
		squares[i] = i * i
	}
}

func main() {
	println(table["two"], len(table), squares[9], len(squares))
	table["four"] = 4
	println(len(table), lazy == nil, lazy["x"])
	lazy = map[string]bool{}
	lazy["x"] = true
	println(lazy["x"])
}
