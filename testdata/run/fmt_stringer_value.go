package main

import (
	"fmt"
)

type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
type Pair struct{ A, B int }
func (p Pair) String() string { return fmt.Sprintf("(%d,%d)", p.A, p.B) }
func main() {
	c := Celsius(21.5)
	fmt.Println(c, &c)
	fmt.Printf("%v %s %q %x %d %.2f %5.1f\n", c, c, c, c, c, c, c)
	p := Pair{1, 2}
	fmt.Println(p, &p, []Pair{{3, 4}}, map[string]Pair{"k": {5, 6}})
	fmt.Printf("%v %+v %#v %s %d\n", p, p, p, p, p)
	fmt.Printf("[%10v][%-10s]\n", p, p)
}
