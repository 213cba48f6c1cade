package main

import (
	"fmt"
	"math"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	h := uint64(0)
	for i := 0; i < 100000; i++ {
		x := float64(next()%1000000) / 1000.0
		y := float64(int64(next()%20000)-10000) / 1000.0
		z := math.Float64frombits(next())
		w := math.Float64frombits(next())
		for _, v := range []float64{math.Exp(y), math.Log(x), math.Pow(x, y), math.Pow(x, math.Floor(y*3)), math.Exp(z), math.Log(z), math.Pow(z, w), math.Pow(x, w), math.Mod(z, w), math.Exp(y * 70), math.Log(z * 1e-300)} {
			h = h*1000003 + math.Float64bits(v)
		}
		if i%10000 == 0 {
			fmt.Println(math.Exp(y), math.Log(x), math.Pow(x, y), math.Pow(z, w))
		}
	}
	fmt.Println(h)
}
