// float_opassign: x op= y, x++ and x-- on float32 and float64 variables,
// parameters, named results and package variables (x++ adds the constant 1 of
// x's type).
package main

var g64 float64 = 1
var g32 float32 = 1

func update(x float64) (r float64) {
	r = x
	r *= 2
	r -= 0.5
	r /= 4
	r++
	return
}

func main() {
	x := 10.0
	x += 2.5
	x -= 0.25
	x *= 4
	x /= 7
	println(x)
	x++
	x--
	x--
	println(x)

	var f float32 = 0.1
	for i := 0; i < 3; i++ {
		f *= 10
		f += 0.01
	}
	println(f)
	f++
	f /= 0
	println(f)

	g64 += 0.5
	g64 *= g64
	g64++
	g32 /= 3
	g32 *= 3
	g32--
	println(g64, g32)

	println(update(3), update(-1e10))

	var big float64 = 1 << 53
	big++
	println(big, big == 1<<53)
	big--
	big--
	println(big)
}
