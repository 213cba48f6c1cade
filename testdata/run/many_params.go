// many_params: functions with more parameters than registers (ints, strings, bools mixed).
package main

func sum10(a, b, c, d, e, f, g, h, i, j int) int {
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j
}

func mix(a int, s string, b bool, t string, c int, u string, d bool, v string, e int) string {
	r := s + t + u + v
	if b {
		r += "B"
	}
	if d {
		r += "D"
	}
	println(a, c, e, len(r))
	return r
}

func results(a, b, c, d, e, f, g int) (int, int, string, bool) {
	return a + b + c, d * e, "fg", f < g
}

func main() {
	println(sum10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	println(sum10(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1))
	println(mix(1, "s", true, "t", 2, "u", false, "v", 3))
	w, x, y, z := results(1, 2, 3, 4, 5, 6, 7)
	println(w, x, y, z)
}
