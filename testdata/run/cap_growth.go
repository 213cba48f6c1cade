package main

type three struct {
	a, b, c int
}

type odd struct {
	x int64
	y int8
}

// note prints c when it differs from *last, the previous capacity seen.
func note(c int, last *int) {
	if c != *last {
		*last = c
		print(c, " ")
	}
}

func main() {
	// go1.19's growslice: double below 256 elements, then grow by
	// (newcap + 3*256)/4 until enough, then round up to a size class.
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		note(cap(ints), &last)
	}
	println()
	var bs []byte
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		note(cap(bs), &last)
	}
	println()
	var ss []string
	for i := 0; i < 1000; i++ {
		ss = append(ss, "s")
		note(cap(ss), &last)
	}
	println()
	var ts []three
	for i := 0; i < 600; i++ {
		ts = append(ts, three{i, i, i})
		note(cap(ts), &last)
	}
	println()
	var os []odd
	for i := 0; i < 300; i++ {
		os = append(os, odd{int64(i), 1})
		note(cap(os), &last)
	}
	println()
	var i32 []int32
	for i := 0; i < 3000; i++ {
		i32 = append(i32, int32(i))
		note(cap(i32), &last)
	}
	println()
	// Appending many at once: the new length decides when more than double.
	x := []int{1}
	x = append(x, 2, 3, 4, 5)
	println(len(x), cap(x))
	y := make([]byte, 0, 3)
	y = append(y, "hello, world"...)
	println(len(y), cap(y))
	z := append([]three(nil), make([]three, 7)...)
	println(len(z), cap(z))
	// Everything survived the copies.
	sum := 0
	for _, v := range ints {
		sum += v
	}
	println(sum, ts[599].b, len(ss), bs[4999])
}
