package main

// A type of 1<<50 bytes or more (gc's types.MaxWidth on amd64), reported at
// the declaration that needs its size (gc stops at the first one).

var x [1 << 62]int64 // ERROR `type \[4611686018427387904\]int64 larger than address space`

var ok [1 << 20]int64

func main() {
	println(len(ok))
}
