package main

import (
	"fmt"
)

type Counter struct {
	n     int
	lines []string
}
func (c *Counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines = append(c.lines, string(p))
	return len(p), nil
}
func main() {
	c := &Counter{}
	fmt.Fprintf(c, "%d+%d", 1, 2)
	fmt.Fprintln(c, "line")
	fmt.Fprint(c, "x", 9)
	fmt.Println(c.n, len(c.lines))
	fmt.Printf("%q\n", c.lines)
}
