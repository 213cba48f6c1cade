package main

// An array parameter counts whole in the frame's size, as gc counts it,
// though mgc passes it by reference.

func f(a [128 << 30]byte) byte { return a[0] } // ERROR "stack frame too large \(>1GB\): 0 MB locals \+ 131072 MB args"

func g(a [1 << 20]byte) byte { return a[1] }

var _ = f

func main() {
	var a [1 << 20]byte
	println(g(a))
}
