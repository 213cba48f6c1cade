// stack_overflow_frame: a frame larger than the stack can hold (55 local arrays
// of 10 MB, each under the 10 MiB that would move it to the heap) is a stack
// overflow at the function's entry, before any of it is touched; go1.19 stops
// at 512 MiB, the largest stack under its 1e9-byte limit.
package main

func big(n int) int {
	var a0 [10000000]byte
	var a1 [10000000]byte
	var a2 [10000000]byte
	var a3 [10000000]byte
	var a4 [10000000]byte
	var a5 [10000000]byte
	var a6 [10000000]byte
	var a7 [10000000]byte
	var a8 [10000000]byte
	var a9 [10000000]byte
	var a10 [10000000]byte
	var a11 [10000000]byte
	var a12 [10000000]byte
	var a13 [10000000]byte
	var a14 [10000000]byte
	var a15 [10000000]byte
	var a16 [10000000]byte
	var a17 [10000000]byte
	var a18 [10000000]byte
	var a19 [10000000]byte
	var a20 [10000000]byte
	var a21 [10000000]byte
	var a22 [10000000]byte
	var a23 [10000000]byte
	var a24 [10000000]byte
	var a25 [10000000]byte
	var a26 [10000000]byte
	var a27 [10000000]byte
	var a28 [10000000]byte
	var a29 [10000000]byte
	var a30 [10000000]byte
	var a31 [10000000]byte
	var a32 [10000000]byte
	var a33 [10000000]byte
	var a34 [10000000]byte
	var a35 [10000000]byte
	var a36 [10000000]byte
	var a37 [10000000]byte
	var a38 [10000000]byte
	var a39 [10000000]byte
	var a40 [10000000]byte
	var a41 [10000000]byte
	var a42 [10000000]byte
	var a43 [10000000]byte
	var a44 [10000000]byte
	var a45 [10000000]byte
	var a46 [10000000]byte
	var a47 [10000000]byte
	var a48 [10000000]byte
	var a49 [10000000]byte
	var a50 [10000000]byte
	var a51 [10000000]byte
	var a52 [10000000]byte
	var a53 [10000000]byte
	var a54 [10000000]byte
	return int(a0[n]) + int(a1[n]) + int(a2[n]) + int(a3[n]) + int(a4[n]) + int(a5[n]) + int(a6[n]) + int(a7[n]) + int(a8[n]) + int(a9[n]) + int(a10[n]) + int(a11[n]) + int(a12[n]) + int(a13[n]) + int(a14[n]) + int(a15[n]) + int(a16[n]) + int(a17[n]) + int(a18[n]) + int(a19[n]) + int(a20[n]) + int(a21[n]) + int(a22[n]) + int(a23[n]) + int(a24[n]) + int(a25[n]) + int(a26[n]) + int(a27[n]) + int(a28[n]) + int(a29[n]) + int(a30[n]) + int(a31[n]) + int(a32[n]) + int(a33[n]) + int(a34[n]) + int(a35[n]) + int(a36[n]) + int(a37[n]) + int(a38[n]) + int(a39[n]) + int(a40[n]) + int(a41[n]) + int(a42[n]) + int(a43[n]) + int(a44[n]) + int(a45[n]) + int(a46[n]) + int(a47[n]) + int(a48[n]) + int(a49[n]) + int(a50[n]) + int(a51[n]) + int(a52[n]) + int(a53[n]) + int(a54[n])
}

func main() {
	println("start")
	println(big(5))
}
