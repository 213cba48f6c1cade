// untyped_float_fold: untyped float constant expressions fold exactly and may be used as integers when integral.
package main

const third = 1.0 / 3
const one = third * 3
const half = 0.5
const big = 1e18
const tiny = 1e-300

func main() {
	println(int(2.5*2), int(one), int(half*8))
	var n int = 7.0
	var m int64 = big / 1e9
	println(n, m)
	const mixed = 10 / 4.0 * 4
	println(int(mixed), 10/4*4)
	println(int(tiny*1e300), int(1e300*tiny+0.5*2))
	const x = 1 << 62
	println(int64(x*1.0/2), uint64(1<<64-1.0))
	arr := 0
	for i := 0; i < int(3.0); i++ {
		arr += i
	}
	println(arr, 'a'*1.0 == 97, 3.0 == 3)
	const r = 'x' + 1.0
	println(int(r), string(rune(r)))
	println(int(0x1p4), int(0x10p-2), 1e2 > 99)
}
