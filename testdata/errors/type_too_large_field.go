package main

// A struct field of 1<<50 bytes or more, reported at the struct type's name.

type S struct { // ERROR `type \[281474976710656\]int64 larger than address space`
	a [1 << 48]int64
}

func main() {
	var q *S
	println(q == nil)
}
