// Devirtualized calls keep what they must: an interface variable that always
// holds one concrete type calls that type's method directly, and what the
// method keeps of its receiver still goes to the heap.
package main

import "fmt"

type Getter interface{ Get() *int }

// Box is pointer-shaped (one pointer field): an interface holds it directly.
type Box struct{ p *int }

func (b Box) Get() *int { return b.p }

type Pair struct{ a, b *int }

func (p Pair) Get() *int { return p.b }

type Cell struct{ v int }

func (c *Cell) Get() *int { return &c.v }

var kept []*int

func fill(n int) {
	for i := 0; i < n; i++ {
		x, y, z := i, i*10, i*100
		var g Getter = Box{&x}
		kept = append(kept, g.Get())
		var h Getter = Pair{&y, &z}
		kept = append(kept, h.Get())
		var c Getter = &Cell{i * 1000}
		kept = append(kept, c.Get())
	}
}

func churn() int {
	s := 0
	for i := 0; i < 100; i++ {
		a := [8]int{i, i, i, i, i, i, i, i}
		s += a[i%8]
	}
	return s
}

func main() {
	fill(3)
	fmt.Println(churn())
	for _, p := range kept {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
