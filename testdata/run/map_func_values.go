// Maps of func values and closures, a dispatch table; package-level
// comma-ok initialization.
package main

var ops = map[string]func(int, int) int{
	"add": func(a, b int) int { return a + b },
	"sub": func(a, b int) int { return a - b },
}

var mulFn, hasMul = ops["mul"]

func main() {
	println(ops["add"](3, 4), ops["sub"](3, 4), mulFn == nil, hasMul)
	factor := 10
	ops["mul"] = func(a, b int) int { return a * b * factor }
	factor = 2
	if f, ok := ops["mul"]; ok {
		println(f(3, 4))
	}
	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		n := 0
		counters[name] = func() int {
			n++
			return n
		}
	}
	counters["a"]()
	counters["a"]()
	println(counters["a"](), counters["b"](), len(counters))
	var nilf func()
	m := map[int]func(){1: nilf}
	println(m[1] == nil, m[2] == nil)
}
