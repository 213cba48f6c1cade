// Functions returning 64 MiB arrays: each result is a fresh value, and the
// collector's own warnings about large blocks never reach stderr.
// timeout: 40
package main

func f(i, y int) (a [64 << 20]byte) {
	a[i] = byte(y)
	return
}

func g(i, y int) [64 << 20]byte {
	var a [64 << 20]byte
	a[i] = byte(y)
	return a
}

func main() {
	a := f(1, 99)
	b := g(64<<20-2, 98)
	c := f(64<<20-1, 97)
	println(a[1], b[1], c[1], a[64<<20-2], b[64<<20-2], c[64<<20-1])
}
