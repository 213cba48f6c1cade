package main

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func info(xs ...int) (int, bool) {
	return len(xs), xs == nil
}

// modify changes the caller's array when called with s...
func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

type pt struct{ x, y int }

func centroid(ps ...pt) pt {
	var c pt
	for _, p := range ps {
		c.x += p.x
		c.y += p.y
	}
	if len(ps) > 0 {
		c.x /= len(ps)
		c.y /= len(ps)
	}
	return c
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	println(sum(s...), sum(s[1:]...), sum(nil...))
	println(join(", ", "a", "b", "c"), join("-"), join("+", []string{"x", "y"}...))
	n, isNil := info()
	println(n, isNil)
	n, isNil = info(s...)
	println(n, isNil)
	n, isNil = info([]int{}...)
	println(n, isNil)
	modify(s...)
	println(s[0])
	modify(1, 2)
	c := centroid(pt{0, 0}, pt{4, 2}, pt{2, 4})
	println(c.x, c.y)
	ps := []pt{{10, 10}, {20, 30}}
	c = centroid(ps...)
	println(c.x, c.y)
	// append is variadic too.
	t := append([]int{}, s...)
	t = append(t, s[:1]...)
	println(len(t), t[3])
}
