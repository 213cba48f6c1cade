// The bound variable of one-type clauses has the clause's type: structs,
// arrays, pointers, floats, funcs, maps, interfaces; of other clauses, the
// operand's type.
package main

type Big struct {
	arr [18]int
	s   string
}
type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func f(x any) {
	switch v := x.(type) {
	case Big:
		v.arr[0]++
		println("Big", v.arr[0], v.arr[17], v.s)
	case *Big:
		v.arr[0]++
		println("*Big", v.arr[0])
	case [3]string:
		println("array", v[2])
	case float32:
		println("float32", v*2)
	case func() int:
		println("func", v())
	case map[int]bool:
		println("map", len(v), v[1])
	case Shape:
		println("Shape", v.Area())
	case uint16, uint32:
		println("uint16 or uint32", v != nil)
	}
}

func main() {
	b := Big{s: "big"}
	b.arr[17] = 17
	f(b)
	f(b)
	f(&b)
	f(&b)
	println(b.arr[0])
	f([3]string{"a", "b", "c"})
	f(float32(1.25))
	f(func() int { return 9 })
	f(map[int]bool{1: true})
	f(Sq(1.5))
	f(uint16(1))
	f(uint32(1))
}
