package main

type Inner struct {
	vals [3]int
	tag  string
}

type Middle struct {
	in    [2]Inner
	count int
}

type Outer struct {
	m     Middle
	flags [4]bool
	id    int8
}

func sumOuter(o Outer) int {
	s := int(o.id)
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			s += o.m.in[i].vals[j]
		}
	}
	return s + o.m.count
}

func main() {
	var o Outer
	o.id = -5
	o.m.count = 100
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			o.m.in[i].vals[j] = (i + 1) * (j + 1)
		}
		o.m.in[i].tag = string(rune('a' + i))
	}
	o.flags[2] = true
	println(sumOuter(o), o.m.in[1].tag, o.flags[1], o.flags[2])

	// Copy a nested part and change the copy.
	in := o.m.in[1]
	in.vals[0] = 1000
	println(in.vals[0], o.m.in[1].vals[0])

	// Composite literal with nesting, keys and elided types.
	o2 := Outer{
		m: Middle{
			in: [2]Inner{
				{vals: [3]int{1, 2, 3}, tag: "x"},
				{[3]int{4, 5, 6}, "y"},
			},
			count: 7,
		},
		flags: [4]bool{3: true},
		id:    1,
	}
	println(sumOuter(o2), o2.m.in[0].tag, o2.m.in[1].tag, o2.flags[3], o2.flags[0])

	// Assigning a nested array of structs.
	o.m.in = o2.m.in
	o2.m.in[0].tag = "changed"
	println(o.m.in[0].tag, o2.m.in[0].tag, sumOuter(o))

	// Arrays of arrays of structs.
	var grid [2][2]Inner
	grid[1][0].vals[2] = 9
	grid[0] = grid[1]
	println(grid[0][0].vals[2], grid[1][0].vals[2], grid[0][1].vals[2])
}
