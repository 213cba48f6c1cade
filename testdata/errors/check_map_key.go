// Map keys must be comparable: not slices, maps, functions, or structs and arrays containing them.
package main

type S struct {
	a int
	b []int
}

type K struct {
	a int
	b string
}

type Arr [2][]int

var m1 map[[]int]int // ERROR `invalid map key type \[\]int`

var m2 map[map[int]int]bool // ERROR `invalid map key type map\[int\]int`

var m3 map[func()]string // ERROR `invalid map key type func\(\)`

var m4 map[S]int // ERROR `invalid map key type S`

var m5 map[Arr]int // ERROR `invalid map key type Arr`

var m6 map[K][]int

var m7 map[[2]K]int

var m8 map[interface{}]int

var m9 map[*S]int

func main() {
	m := map[struct{ f func() }]int{} // ERROR `invalid map key type struct\{f func\(\)\}`
	_ = m
	_ = make(map[[]string]int) // ERROR `invalid map key type \[\]string`
}
