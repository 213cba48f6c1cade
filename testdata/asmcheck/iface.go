// asmcheck: how interface values are lowered (codegen/convert.c, itab.c,
// icall.c, iface_compare.c; GO119-INTERNALS.md §3.5, §4, §6).
package main

type Shape interface {
	Area() int
	Perimeter() int
}

type Rect struct{ W, H int }

var sink any

func (r Rect) Area() int {
	return r.W * r.H
}

func (r Rect) Perimeter() int {
	return 2 * (r.W + r.H)
}

// A byte's data word points into staticuint64s, computed inline: no call.
// nasm: `runtime\.staticuint64s`
// nasm: -`call`
func boxByte(x uint8) {
	sink = x
}

// An int is boxed by runtime.convT64 (values below 256 use staticuint64s).
// nasm: `call\s+runtime\.convT64\s`
func boxInt(x int) {
	sink = x
}

// A constant is boxed from a read-only static, with no call.
// nasm: `main\.\.stmp_\d+`
// nasm: -`call\s+runtime\.convT64`
func boxConst() {
	sink = 1000
}

// A string goes through convTstring, a struct without pointers through
// convTnoptr with its descriptor.
// nasm: `call\s+runtime\.convTstring\s`
// nasm: `call\s+runtime\.convTnoptr\s`
// nasm: `type\.main\.Rect`
func boxMore(s string, r Rect) {
	sink = s
	sink = r
}

// T -> I takes the static itab as its type word.
// nasm: `go\.itab\.main\.Rect\$2cmain\.Shape`
func toShape(r Rect) Shape {
	return r
}

// A call through an interface loads fun[k] from the itab at 24 + 8k
// (Area is method 0, Perimeter method 1) and calls it indirectly.
// nasm: `qword \[r\w+\+24\]`
// nasm: `qword \[r\w+\+32\]`
// nasm: `call\s+r`
func callBoth(s Shape) int {
	return s.Area() + s.Perimeter()
}

// I -> I2 asks the runtime for the itab.
// nasm: `call\s+runtime\.convI2I\s`
func widen(s Shape) interface{ Area() int } {
	return s
}

// Two interfaces compare through efaceeq; with nil, only the type word.
// nasm: `call\s+runtime\.efaceeq\s`
func same(a, b any) bool {
	return a == b
}

// An interface compared with a concrete value: inline, no runtime call.
// nasm: `type\.int`
// nasm: -`call`
func isSeven(a any) bool {
	return a == 7
}

func main() {
	boxByte(1)
	boxInt(1)
	boxConst()
	boxMore("", Rect{})
	println(callBoth(toShape(Rect{1, 2})), widen(Rect{}).Area(), same(1, 1), isSeven(7))
}
