package main

const N = 4

func identity() [N][N]int {
	var m [N][N]int
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func transpose(m [N][N]int) [N][N]int {
	var t [N][N]int
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func printm(m [N][N]int) {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				print(" ")
			}
			print(v)
		}
		println()
	}
}

func main() {
	var m [N][N]int
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			m[i][j] = i*N + j
		}
	}
	printm(m)
	printm(transpose(m))
	id := identity()
	println(id == transpose(id), m == transpose(m))

	// Three dimensions.
	var cube [2][3][4]int8
	n := int8(0)
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = n
				n++
			}
		}
	}
	println(cube[1][2][3], cube[0][1][2], len(cube), len(cube[0]), len(cube[0][0]))
	// Copy a row, a plane.
	row := cube[1][1]
	row[0] = 100
	plane := cube[0]
	plane[2][3] = -1
	println(row[0], cube[1][1][0], plane[2][3], cube[0][2][3])
	// Pointer to an inner array.
	pr := &cube[1][0]
	pr[2] = 55
	println(cube[1][0][2])
	// A slice of rows.
	rows := m[1:3]
	rows[0][0] = -7
	println(m[1][0], len(rows), cap(rows))
	// Tic-tac-toe board of strings.
	board := [3][3]string{{"x", "o", "x"}, {"", "x", "o"}, {"o", "", "x"}}
	win := board[0][0] != "" && board[0][0] == board[1][1] && board[1][1] == board[2][2]
	println("diagonal win", win)
}
