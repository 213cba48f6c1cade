// Fscan and Fscanf over a bufio.Reader on standard input (an
// io.RuneScanner, so the rune read after a value is put back, not lost),
// mixed with the reader's own ReadString; and Fscanln's lines.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n, m int
	fmt.Fscan(in, &n, &m)
	grid := make([][]int, n)
	for i := range grid {
		grid[i] = make([]int, m)
		for j := range grid[i] {
			fmt.Fscan(in, &grid[i][j])
		}
	}
	fmt.Println(n, m, grid)
	line, err := in.ReadString('\n')
	fmt.Printf("rest of line: %q %v\n", line, err)
	var s string
	var f float64
	c, err := fmt.Fscanf(in, "%s = %f\n", &s, &f)
	fmt.Println(c, err, s, f)
	c, err = fmt.Fscanln(in, &s, &n)
	fmt.Println(c, err, s, n)
	line, err = in.ReadString('\n')
	fmt.Printf("next: %q %v\n", line, err)
	var words []string
	for {
		var w string
		_, err := fmt.Fscan(in, &w)
		if err != nil {
			fmt.Println(err)
			break
		}
		words = append(words, w)
	}
	fmt.Println(len(words), words)
}
