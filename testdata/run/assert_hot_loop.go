// Assertions and type switches in hot loops: no allocation on the
// concrete paths, the runtime's itab cache on the interface ones.
package main

type I interface{ M() int }
type T int

func (t T) M() int { return int(t) }

func main() {
	xs := []any{T(1), 2, "three", T(4)}
	total := 0
	for i := 0; i < 2000000; i++ {
		x := xs[i&3]
		if t, ok := x.(T); ok {
			total += int(t)
		}
		if n, ok := x.(int); ok {
			total += n
		}
		if m, ok := x.(I); ok {
			total += m.M()
		}
	}
	println(total)
	var is []I
	for i := 0; i < 1000; i++ {
		is = append(is, T(i))
	}
	s := 0
	for r := 0; r < 1000; r++ {
		for _, i := range is {
			s += int(i.(T))
		}
	}
	println(s)
}
