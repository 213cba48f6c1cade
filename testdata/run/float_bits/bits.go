// float_bits: exact bit patterns of float values, read back at run time:
// constants rounded once from their exact values (consts.go), integers
// converted to floats (ints.go), float64 narrowed to float32 (resize.go).
// A value is shown as its integer mantissa m and exponent e (decompose), so
// a difference in the last bit shows, unlike with print's 7 digits.
package main

// decompose returns m and e with v = m * 2^e and 2^52 <= |m| < 2^53 (0, 0 for
// 0, NaN and the infinities): halving and doubling are exact here, and int64
// of an integral value is too.
func decompose(v float64) (int64, int) {
	if v == 0 || v != v || v+v == v {
		return 0, 0
	}
	neg := v < 0
	if neg {
		v = -v
	}
	e := 0
	for v >= 1<<53 {
		v /= 2
		e++
	}
	for v < 1<<52 {
		v *= 2
		e--
	}
	m := int64(v)
	if neg {
		m = -m
	}
	return m, e
}

func main() {
	constants()
	integers()
	narrowing()
}
