package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	bad := 0
	x := 1.0
	for i := 0; i < 3000; i++ {
		x = x*1.37 + 0.001
		if x > 1e300 {
			x = 1e-300 * float64(i)
		}
		for _, v := range []float64{x, -x, 1 / x} {
			s := strconv.FormatFloat(v, 'g', -1, 64)
			back, err := strconv.ParseFloat(s, 64)
			if err != nil || back != v {
				bad++
			}
			f32 := float32(v)
			s32 := strconv.FormatFloat(float64(f32), 'g', -1, 32)
			back32, err := strconv.ParseFloat(s32, 32)
			if err != nil && !math.IsInf(float64(f32), 0) || float32(back32) != f32 {
				bad++
			}
			if i%500 == 0 {
				fmt.Println(s, s32)
			}
		}
	}
	fmt.Println("bad:", bad)
}
