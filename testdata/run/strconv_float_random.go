package main

import (
	"fmt"
	"strconv"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	h := 0
	for i := 0; i < 20000; i++ {
		u := next()
		s := strconv.FormatUint(u, 10)
		var f float64
		switch i % 4 {
		case 0:
			f, _ = strconv.ParseFloat(s[:int(u%15)+1]+"e"+strconv.Itoa(int(u%700)-350), 64)
		case 1:
			f, _ = strconv.ParseFloat("0."+s+"e-"+strconv.Itoa(int(u%330)), 64)
		case 2:
			f, _ = strconv.ParseFloat(s[:5]+"."+s[5:]+"e"+strconv.Itoa(int(u%80)-40), 32)
		default:
			f, _ = strconv.ParseFloat("0x1."+strconv.FormatUint(u, 16)+"p"+strconv.Itoa(int(u%2100)-1075), 64)
		}
		out := strconv.FormatFloat(f, 'g', -1, 64) + strconv.FormatFloat(f, 'e', int(u%25), 64) + strconv.FormatFloat(f, 'x', int(u%16)-1, 64) + strconv.FormatFloat(f, 'g', -1, 32) + strconv.FormatFloat(f, 'f', int(u%10), 64)
		if i%1000 == 0 {
			fmt.Println(out)
		}
		for j := 0; j < len(out); j++ {
			h = h*31 + int(out[j])
		}
	}
	fmt.Println(h)
}
