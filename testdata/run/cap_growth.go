package main

type three struct {
	a, b, c int
}

type odd struct {
	x int64
	y int8
}

func main() {
	// go1.19's growslice: double below 256 elements, then grow by
	// (newcap + 3*256)/4 until enough, then round up to a size class.
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			print(last, " ")
		}
	}
	println()
	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			print(last, " ")
		}
	}
	println()
	var ss []string
	last = -1
	for i := 0; i < 1000; i++ {
		ss = append(ss, "s")
		if cap(ss) != last {
			last = cap(ss)
			print(last, " ")
		}
	}
	println()
	var ts []three
	last = -1
	for i := 0; i < 600; i++ {
		ts = append(ts, three{i, i, i})
		if cap(ts) != last {
			last = cap(ts)
			print(last, " ")
		}
	}
	println()
	var os []odd
	last = -1
	for i := 0; i < 300; i++ {
		os = append(os, odd{int64(i), 1})
		if cap(os) != last {
			last = cap(os)
			print(last, " ")
		}
	}
	println()
	var i32 []int32
	last = -1
	for i := 0; i < 3000; i++ {
		i32 = append(i32, int32(i))
		if cap(i32) != last {
			last = cap(i32)
			print(last, " ")
		}
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
