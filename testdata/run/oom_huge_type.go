package main

// A type with a pointer after a 1 TiB array: its pointer mask would be
// 16 GiB, so it gets a GC program (codegen/gcprog.c) and compiles at once;
// allocating it fails with gc's "fatal error: runtime: out of memory".

type T struct {
	a [1 << 40]byte
	p *int
}

var t *T

func main() {
	println("allocating")
	t = new(T)
	x := 5
	t.p = &x
	println(*t.p)
}
