// Only arrays, pointers to arrays, slices, strings and maps can be indexed.
package main

type S struct{ a []int }

func f() []int { return nil }

func main() {
	n := 5
	var st S
	var ps *[]int
	var pa *[3]int
	m := map[string]int{}
	_ = n[0]  // ERROR `invalid operation: cannot index n \(variable of type int\)`
	_ = st[0] // ERROR `invalid operation: cannot index st \(variable of type S\)`
	_ = ps[0] // ERROR `invalid operation: cannot index ps \(variable of type \*\[\]int\)`
	_ = pa[0]
	_ = f[0] // ERROR `invalid operation: cannot index f \(value of type func\(\) \[\]int\)`
	_ = f()[0]
	_ = m[1] // ERROR `cannot use 1 \(untyped int constant\) as string value in map index`
	_ = m["a"]
	var b bool
	_ = b[0]      // ERROR `invalid operation: cannot index b \(variable of type bool\)`
	_ = st.a["k"] // ERROR `cannot convert "k" \(untyped string constant\) to int`
	_ = nil[0]    // ERROR `invalid operation: cannot index nil`
}
