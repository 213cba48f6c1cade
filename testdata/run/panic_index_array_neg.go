package main

type grid struct {
	cells [3][3]int
}

func main() {
	var g grid
	i := 1
	j := -2
	g.cells[i][i] = 5
	println(g.cells[1][1])
	g.cells[i][j] = 7
	println("not reached")
}
