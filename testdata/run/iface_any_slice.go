package main

type T struct{ n int }

func count(xs []any, v any) int {
	c := 0
	for _, x := range xs {
		if x == v {
			c++
		}
	}
	return c
}

func main() {
	xs := []any{1, "a", 2, "a", nil, T{1}, T{1}, 1.5}
	println(len(xs), count(xs, "a"), count(xs, nil), count(xs, T{1}), count(xs, 1), count(xs, 1.5))
	ys := make([]any, 3)
	copy(ys, xs[1:])
	println(ys[0] == "a", ys[1] == 2, ys[2] == "a")
	ys = append(ys, xs...)
	println(len(ys), count(ys, "a"))
	var grid [2][2]any
	grid[0][1] = "x"
	grid[1][0] = 5
	println(grid[0][0] == nil, grid[0][1] == "x", grid[1][0] == 5)
	m := map[string][]any{}
	m["k"] = append(m["k"], 1, "two")
	println(len(m["k"]), m["k"][1] == "two")
}
