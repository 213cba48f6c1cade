package main

func pascal(n int) [][]int {
	rows := make([][]int, 0, n)
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	for _, row := range pascal(7) {
		for j, v := range row {
			if j > 0 {
				print(" ")
			}
			print(v)
		}
		println()
	}

	// Jagged slices built with append.
	var jag [][]string
	for i := 0; i < 4; i++ {
		var row []string
		for j := 0; j <= i; j++ {
			row = append(row, string(rune('a'+j)))
		}
		jag = append(jag, row)
	}
	println(len(jag), len(jag[3]), jag[3][3], jag[2][0])

	// Rows share backing arrays when cut from one slice.
	flat := make([]int, 9)
	grid := [][]int{flat[0:3], flat[3:6], flat[6:9]}
	grid[1][1] = 5
	grid[2][2] = 9
	println(flat[4], flat[8], cap(grid[0]), cap(grid[2]))
	// Appending to an inner row overwrites the next row's first element.
	grid[0] = append(grid[0], 77)
	println(grid[1][0], flat[3])

	// A slice of slices of slices.
	var cube [][][]int
	for i := 0; i < 2; i++ {
		plane := [][]int{}
		for j := 0; j < 2; j++ {
			plane = append(plane, []int{i, j, i * j})
		}
		cube = append(cube, plane)
	}
	println(cube[1][1][2], len(cube[0]), cube[1][0][0])
	// Nil inner slices.
	holes := make([][]int, 3)
	println(holes[1] == nil, len(holes[1]))
	holes[1] = append(holes[1], 4)
	println(len(holes[1]), holes[1][0], holes[0] == nil)
}
