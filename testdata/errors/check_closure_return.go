// Function literals with results need a terminating statement and return values matching their signature.
package main

func main() {
	f := func() int {
		println()
	} // ERROR `missing return`
	g := func(x int) (int, string) {
		if x > 0 {
			return 1 // ERROR `not enough return values(\n\thave \(number\)\n\twant \(int, string\))?$`
		}
		return 1, "a", true // ERROR `too many return values(\n\thave \(number, string, bool\)\n\twant \(int, string\))?$`
	}
	h := func() {
		return 1 // ERROR `too many return values(\n\thave \(number\)\n\twant \(\))?$`
	}
	k := func() string {
		return 1 // ERROR `cannot use 1 \(untyped int constant\) as string value in return statement`
	}
	var l func() int = func() int {
		for {
			break
		}
	} // ERROR `missing return`
	m := func(b bool) int {
		if b {
			return 1
		} else {
			return 2
		}
	}
	_, _, _, _, _, _ = f, g, h, k, l, m
}
