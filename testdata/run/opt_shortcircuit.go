// && and || in conditions, which opt/shortcircuit.c turns into direct
// branches: the right side runs only when needed and in order, values
// merged after the if keep what each way set, and conditions in loops,
// nested, negated and mixed with constants decide as Go says.
package main

var trace []string

func t(name string, v bool) bool {
	trace = append(trace, name)
	return v
}

func classify(a, b int) string {
	r := "none"
	if a > 0 && b > 0 {
		r = "both"
	} else if a > 0 || b > 0 {
		r = "one"
	}
	return r
}

func count(s []int, lo, hi int) int {
	n := 0
	for i := 0; i < len(s) && s[i] != 0; i++ {
		if s[i] >= lo && s[i] <= hi || s[i] == -1 {
			n++
		}
	}
	return n
}

func mixed(x int) int {
	const debug = false
	v := 0
	if debug && x > 0 {
		v = 1
	}
	if !(x > 2 || x < -2) {
		v += 10
	}
	if (x&1 == 0 && x > 0) || (x&1 == 1 && x < 0) {
		v += 100
	}
	return v
}

func main() {
	for _, p := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {0, 0}, {-1, 5}} {
		println(p[0], p[1], classify(p[0], p[1]))
	}
	println(count([]int{1, 5, 9, -1, 3, 0, 7}, 2, 6), count(nil, 0, 1))
	for x := -4; x <= 4; x++ {
		print(mixed(x), " ")
	}
	println()
	if t("a", true) && t("b", false) || t("c", true) && t("d", true) {
		trace = append(trace, "then")
	}
	if t("e", false) || t("f", false) {
		trace = append(trace, "never")
	}
	for _, s := range trace {
		print(s, " ")
	}
	println()
}
