// Integer keys of every width, including negative and extreme values.
package main

func main() {
	a := map[int8]int{}
	for i := -128; i < 128; i++ {
		a[int8(i)] = i
	}
	println(len(a), a[-128], a[127], a[-1])

	b := map[uint8]string{0: "zero", 255: "max"}
	println(b[0], b[255], len(b[1]))

	c := map[int16]int16{-32768: 1, 32767: 2}
	c[-32768] += 5
	println(c[-32768], c[32767])

	d := map[uint32]int{}
	d[4294967295] = 1
	d[0] = 2
	println(d[4294967295], d[0], len(d))

	e := map[int64]int{-9223372036854775808: 1, 9223372036854775807: 2}
	println(e[-9223372036854775808], e[9223372036854775807])

	f := map[uint64]int{18446744073709551615: 3}
	println(f[18446744073709551615], f[0])

	g := map[uintptr]int{}
	g[1<<40] = 9
	println(g[1<<40])

	type Small int8
	h := map[Small]int{}
	h[-5] = 1
	h[Small(-5)]++
	println(h[-5], len(h))
}
