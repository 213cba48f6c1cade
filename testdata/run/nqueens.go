package main

const N = 8

type Board [N]int // Board[r] is the column of the queen in row r

func safe(b *Board, row, col int) bool {
	for r := 0; r < row; r++ {
		c := b[r]
		if c == col || c-col == r-row || c-col == row-r {
			return false
		}
	}
	return true
}

func solve(b *Board, row int, count *int, first *Board) {
	if row == N {
		if *count == 0 {
			*first = *b
		}
		*count++
		return
	}
	for col := 0; col < N; col++ {
		if safe(b, row, col) {
			b[row] = col
			solve(b, row+1, count, first)
		}
	}
}

// permutations collects every permutation of a, by value (each result a copy).
func permutations(a [4]byte, k int, out [][4]byte) [][4]byte {
	if k == len(a) {
		return append(out, a)
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		out = permutations(a, k+1, out)
		a[k], a[i] = a[i], a[k]
	}
	return out
}

func main() {
	var b, first Board
	count := 0
	solve(&b, 0, &count, &first)
	println(count)
	for _, c := range first {
		line := []byte("........")
		line[c] = 'Q'
		println(string(line))
	}
	ps := permutations([4]byte{'a', 'b', 'c', 'd'}, 0, nil)
	println(len(ps))
	for i, p := range ps {
		if i%6 == 0 {
			println(string(p[:]))
		}
	}
}
