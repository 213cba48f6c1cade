package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	f := []float64{3.5, -1, math.Inf(1), 0, math.NaN(), 2, math.Inf(-1), -0.5, 1e-300, math.NaN()}
	fmt.Println(sort.Float64sAreSorted(f))
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f))
	g := []float64{5, 1, 3, 2, 4}
	sort.Float64s(g)
	fmt.Println(g, sort.SearchFloat64s(g, 2.5), sort.SearchFloat64s(g, 3), sort.Float64Slice(g).Search(10))
	h := sort.Float64Slice{2, 1}
	h.Sort()
	fmt.Println(h, h.Len(), h.Less(0, 1))
}
