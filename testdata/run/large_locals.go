// Large arrays: an 11 MiB local goes to the heap (gc's 10 MiB limit), a 10 MiB
// one stays in the frame, and copies of arrays over 64 KiB use heap
// temporaries; all behave as values.
package main

type Big [11 << 20]byte

func fill(b *Big, v byte) {
	for i := 0; i < len(b); i += 4096 {
		b[i] = v
	}
}

func sum(b Big) int {
	t := 0
	for i := 0; i < len(b); i += 4096 {
		t += int(b[i])
	}
	return t
}

func main() {
	var a Big
	fill(&a, 1)
	b := a
	b[0] = 9
	println(sum(a), sum(b), a[0], b[0])
	var c [10 << 20]byte
	c[len(c)-1] = 7
	d := c
	println(d[len(d)-1], len(d))
	grid := [300][300]int{}
	for i := range grid {
		grid[i][i] = i
	}
	g2 := grid
	g2[299][299] = 0
	println(grid[299][299], g2[299][299], grid == g2)
}
