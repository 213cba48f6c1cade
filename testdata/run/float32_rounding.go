// float32_rounding: float32 arithmetic rounds to float32 after every
// operation (addss, mulss, ...), never keeping a wider intermediate; the same
// computation in float64 gives a different answer.
package main

func sum32(n int) float32 {
	var s float32
	for i := 0; i < n; i++ {
		s += 0.1
	}
	return s
}

func sum64(n int) float64 {
	var s float64
	for i := 0; i < n; i++ {
		s += 0.1
	}
	return s
}

// fma32 would give a different answer if x*y were kept in float64.
func fma32(x, y, z float32) float32 { return x*y + z }

func fma64(x, y, z float64) float64 { return x*y + z }

func main() {
	println(sum32(10), sum64(10), sum32(10) == 1, sum64(10) == 1)
	println(sum32(1000000), sum64(1000000))

	// 2^24 is where float32 stops counting: +1 is lost, +2 is not.
	var big float32 = 16777216
	println(big+1 == big, big+2 == big, float64(big)+1 == float64(big))
	big++
	println(big)

	// 1 + 2^-24 is a tie and rounds to 1; (1 + 2^-23)^2 - 1 is 2^-22 + 2^-46,
	// and float32 drops the 2^-46 when it rounds the product.
	var e float32 = 1.0 / 16777216
	a := 1 + e
	a2 := a + 2*e
	r32 := fma32(a2, a2, -1)
	r64 := fma64(float64(a2), float64(a2), -1)
	println(a == 1, a2 == 1, r32, r64, r64-float64(r32))

	// 0.1 + 0.2 in each width, compared with the float constant 0.3 of that width.
	var x32, y32 float32 = 0.1, 0.2
	var x64, y64 float64 = 0.1, 0.2
	println(x32+y32 == 0.3, x64+y64 == 0.3, x32+y32, x64+y64)

	// Division and multiplication round once per operation.
	var third32 float32 = 1
	third32 /= 3
	third64 := 1.0
	third64 /= 3
	println(third32*3 == 1, third64*3 == 1, float64(third32) == third64)
	println(third32, third64, float64(third32)-third64)

	// Subtracting nearly equal float32 values (cancellation).
	var p, q float32 = 1.0000001, 1
	println(p-q, float64(p)-float64(q), 1.0000001-1.0)

	// A float32 overflows at about 3.4e38, a float64 at 1.8e308.
	var m32 float32 = 3e38
	m64 := 3e38
	println(m32*2, m64*2, m32*2-m32*2)

	// Tiny float32 values go subnormal and then to zero.
	var t32 float32 = 1e-38
	println(t32/1000, t32/1e6, t32/1e8)
}
