package main

type Item struct {
	Name  string
	Price int
	Next  *Item
}

func main() {
	// new returns a pointer to a zeroed value.
	pi := new(int)
	println(*pi)
	*pi = 3
	ps := new(string)
	*ps = "s"
	pa := new([4]int)
	pa[3] = 9
	pit := new(Item)
	pit.Name = "new"
	println(*pi, *ps, pa[0], pa[3], len(pa), pit.Name, pit.Price, pit.Next == nil)

	// &T{...}
	a := &Item{Name: "a", Price: 1}
	b := &Item{"b", 2, a}
	println(b.Next.Name, b.Next.Price, b.Name)
	// Each &T{} is a new object.
	c1, c2 := &Item{}, &Item{}
	println(c1 == c2, c1 != c2)

	// Elided &T in slice, array and nested literals.
	items := []*Item{{Name: "x", Price: 10}, {Name: "y", Price: 20}, nil}
	total := 0
	for _, it := range items {
		if it != nil {
			total += it.Price
		}
	}
	println(len(items), total, items[2] == nil)
	arr := [2]*Item{{"p", 1, nil}, {Name: "q"}}
	arr[0].Next = arr[1]
	println(arr[0].Next.Name)
	grid := [][]*Item{{{Name: "g00"}}, {{Name: "g10"}, {Name: "g11"}}}
	println(grid[1][1].Name, len(grid[1]))

	// Elided types in slices of structs and arrays of arrays.
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	println(pts[1].X + pts[0].Y)
	m := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	println(m[1][2])

	// &[N]T{} and &[]T{}
	parr := &[3]string{"u", "v", "w"}
	psl := &[]int{5, 6}
	println(parr[2], len(*psl), (*psl)[1])
	*psl = append(*psl, 7)
	println(len(*psl), (*psl)[2])
	// Elided &[]T and &[N]T.
	sls := []*[]int{{1, 2}, {3}, nil}
	arrs := [2]*[2]string{{"a", "b"}, {1: "d"}}
	println(len(*sls[0]), (*sls[1])[0], sls[2] == nil, arrs[0][1], arrs[1][0] == "", arrs[1][1])
}
