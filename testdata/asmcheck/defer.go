// asmcheck: how defer statements, recover and panic are lowered (codegen/defer.c, convert.c).
package main

func show(n int) {
	println(n)
}

// A deferred call with arguments goes through a wrapper closure, named like a
// function literal as in gc; every return goes through deferreturn.
// nasm: `call\s+runtime\.deferproc\s`
// nasm: `call\s+runtime\.deferreturn\s`
// nasm: `main\.withArgs\.func1`
func withArgs(n int) int {
	defer show(n)
	return n + 1
}

// A func() value is deferred as it is, with no wrapper.
// nasm: `call\s+runtime\.deferproc\s`
// nasm: -`main\.direct\.func2`
func direct() {
	defer func() { println("x") }()
}

// recover passes its caller's argument pointer.
// nasm: `call\s+runtime\.getcallersp\s`
// nasm: `call\s+runtime\.gorecover\s`
func catch() {
	recover()
}

// A function without defer statements returns directly.
// nasm: -`deferreturn`
func plain(n int) int {
	return n
}

// An int panic value is boxed by convT64; a byte points into staticuint64s.
// nasm: `call\s+runtime\.convT64\s`
// nasm: `runtime\.staticuint64s`
// nasm: `call\s+runtime\.gopanic\s`
func boxes(n int, b byte) {
	if n > 0 {
		panic(n)
	}
	panic(b)
}

func main() {
	println(withArgs(1))
	direct()
	catch()
	println(plain(2))
	boxes(0, 0)
}
