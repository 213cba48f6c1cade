package main

type packed struct {
	a int8
	b uint8
	c int16
	d uint16
	e int32
	f uint32
	g bool
	h int64
}

func neg(p packed) packed {
	p.a = -p.a
	p.b = -p.b
	p.c = -p.c
	p.d = -p.d
	p.e = -p.e
	p.f = -p.f
	p.g = !p.g
	p.h = -p.h
	return p
}

func show(p packed) {
	println(p.a, p.b, p.c, p.d, p.e, p.f, p.g, p.h)
}

func main() {
	p := packed{-128, 255, -32768, 65535, -2147483648, 4294967295, true, -1}
	show(p)
	show(neg(p))
	q := packed{1, 2, 3, 4, 5, 6, false, 7}
	show(neg(q))
	println(p == p, p == q, neg(neg(q)) == q)
	// Arrays of narrow integers wrap per element.
	var bs [4]uint8
	for i := range bs {
		bs[i] = uint8(250 + i*3)
	}
	println(bs[0], bs[1], bs[2], bs[3])
	var ss [3]int16
	ss[0] = 32767
	ss[0]++
	ss[1]--
	ss[2] = ss[0] + ss[1]
	println(ss[0], ss[1], ss[2])
	// Slices of narrow integers.
	i8 := []int8{127, -128}
	i8[0]++
	i8[1]--
	println(i8[0], i8[1])
	u32 := make([]uint32, 2)
	u32[0]--
	println(u32[0], u32[1])
	// Fields of narrow types next to each other are independent.
	var x packed
	x.b = 200
	x.a = -1
	x.c = -1
	println(x.a, x.b, x.c, x.d)
	ps := &x
	ps.d += 65535
	ps.e -= 1
	println(x.d, x.e, x.f)
}
