// Map literals with composite keys and values, elided types, pointers.
package main

type P struct{ X, Y int }

type Box struct {
	Min, Max P
	Name     string
}

func main() {
	a := map[P]string{{1, 2}: "a", {3, 4}: "b", P{5, 6}: "c"}
	println(len(a), a[P{1, 2}], a[P{3, 4}], a[P{5, 6}])
	b := map[string]Box{
		"unit": {P{0, 0}, P{1, 1}, "u"},
		"big":  {Min: P{-10, -10}, Max: P{10, 10}, Name: "b"},
	}
	println(b["unit"].Max.X, b["big"].Min.Y, b["big"].Name, b["none"].Name == "")
	c := map[[2]int]*P{{1, 1}: {7, 8}, {2, 2}: &P{9, 10}}
	println(c[[2]int{1, 1}].Y, c[[2]int{2, 2}].X, c[[2]int{3, 3}] == nil)
	d := map[string][]int{"x": {1, 2, 3}, "y": nil}
	println(len(d["x"]), d["x"][2], d["y"] == nil, len(d))
	k1, k2 := 10, 20
	e := map[int]int{k1: k2, k2: k1, k1 + k2: k1 * k2}
	println(e[10], e[20], e[30], len(e))
	big := map[int]string{1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g", 8: "h", 9: "i", 10: "j", 11: "k"}
	println(len(big), big[1], big[11])
	empty := map[string]int{}
	println(len(empty), empty == nil)
}
