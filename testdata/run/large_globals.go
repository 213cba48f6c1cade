// large_globals: package variables of 1 GB and more (gc's limit for one is
// 2,000,000,000 bytes; for all of them, what 32-bit offsets reach). mgc puts variables of 16 MB or more in a section of their
// own, addressed with 64-bit addresses; the collector skips those without
// pointers and scans those with (the heap objects below must survive).
package main

import "runtime"

var a [1 << 30]byte
var b [900000000]byte
var ptrs [3000000]*[64]int
var small [10]*[64]int
var after [100]int

func main() {
	a[5], b[len(b)-1] = 1, 2
	after[99] = 4
	for i := 0; i < len(ptrs); i += 100000 {
		p := new([64]int)
		p[7] = i
		ptrs[i] = p
	}
	for r := 0; r < 5; r++ {
		for j := 0; j < 100000; j++ {
			q := new([64]int)
			q[7] = -1
			small[j%10] = q
		}
		runtime.GC()
	}
	sum := 0
	for i := 0; i < len(ptrs); i += 100000 {
		sum += ptrs[i][7]
	}
	println(a[5], b[len(b)-1], after[99], sum, len(a)+len(b))
}
