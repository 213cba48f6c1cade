package main

type Vec3 [3]int

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2 // the caller's array is not changed
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func add(a, b Vec3) Vec3 {
	return Vec3{a[0] + b[0], a[1] + b[1], a[2] + b[2]}
}

func split(a [6]byte) ([3]byte, [3]byte) {
	var l, r [3]byte
	copy(l[:], a[:3])
	copy(r[:], a[3:])
	return l, r
}

func names() (a [2]string, n int) {
	a[0] = "first"
	a[1] = "second"
	n = 2
	return
}

func sumStrings(a [3]string) int {
	n := 0
	for _, s := range a {
		n += len(s)
	}
	return n
}

func main() {
	x := [4]int{1, 2, 3, 4}
	y := double(x)
	println(x[0], x[3], y[0], y[3])
	doubleInPlace(&x)
	println(x[0], x[3])
	// Results used directly.
	println(double(x)[2], len(double(x)))

	v := add(Vec3{1, 2, 3}, Vec3{10, 20, 30})
	println(v[0], v[1], v[2])
	w := add(v, v)
	println(w[2])

	l, r := split([6]byte{'a', 'b', 'c', 'd', 'e', 'f'})
	println(string(l[:]), string(r[:]))
	l, r = r, l
	println(string(l[:]), string(r[:]))

	a, n := names()
	println(a[0], a[1], n)
	println(sumStrings([3]string{"ab", "cde", ""}), sumStrings(a2()))
	// An array passed on after being changed in the caller.
	z := [3]string{"a", "b", "c"}
	z1 := z
	z[0] = "zzzz"
	println(sumStrings(z), sumStrings(z1))
}

func a2() [3]string { return [3]string{"x", "yy", "zzz"} }
