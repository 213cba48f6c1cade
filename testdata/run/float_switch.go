// float_switch: switch statements on floats compare with ==, so a NaN tag
// matches no case (not even a NaN case) and -0 matches 0; tagless switches
// branch on float comparisons.
package main

func name(x float64) string {
	switch x {
	case 0:
		return "zero"
	case 0.5, 0.25:
		return "a half or a quarter"
	case 1.0 / 3:
		return "a third"
	case 1e300 * 1e8 / 1e8:
		return "1e300"
	}
	return "other"
}

func sign(x float32) string {
	switch {
	case x < 0:
		return "negative"
	case x > 0:
		return "positive"
	case x == 0:
		return "zero"
	default:
		return "NaN"
	}
}

type Grade float64

func grade(g Grade) string {
	switch {
	case g >= 90:
		return "A"
	case g >= 80:
		return "B"
	case g >= 70:
		return "C"
	}
	return "F"
}

func main() {
	zero := 0.0
	nan := zero / zero
	third := 1.0
	third /= 3
	println(name(0), name(-zero), name(0.5), name(0.25), name(third), name(1e300))
	println(name(nan), name(1/zero), name(0.3333333))
	var z32 float32
	println(sign(1), sign(-2.5), sign(z32), sign(-z32), sign(z32/z32), sign(-1/z32))
	println(grade(95), grade(89.99), grade(70), grade(69.999))
	switch y := nan; {
	case y == y:
		println("NaN equals itself?")
	case y != y:
		println("NaN is not NaN")
	}
	switch f := float32(0.1); float64(f) {
	case 0.1:
		println("float32(0.1) == 0.1")
	default:
		println("float32(0.1) != 0.1:", f)
	}
}
