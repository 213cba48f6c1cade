// asmcheck: the register allocator and instruction selection of optimized
// code (codegen/amd64/regalloc.c, isel.c, branch.c); -N keeps every value in
// its stack slot, like gc -N.
package main

type Shape interface {
	Area() int
}

type Sq struct{ s int }

func (q Sq) Area() int {
	return q.s * q.s
}

var sink int

// The loop counter and the sum stay in registers: no stack slot is touched.
// nasm-opt: -`\[rbp-`
// nasm-N: `\[rbp-\d+\]`
func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

// The loop condition is one compare fused with its jump: no setcc. The
// test sits after the body (opt/branch.c rotates loops, as gc does): each
// iteration ends in one conditional jump back.
// nasm-opt: `cmp\s+r\w+, r\w+\n\s+jl\s+\.L\d+\.for\.body`
// nasm-opt: -`set(l|ge|g|le)\s`
// nasm-N: `setl\s`
func count(n int) int {
	c := 0
	for i := 0; i < n; i++ {
		c++
	}
	return c
}

// Constants are immediates: compared with `cmp r, imm`, added with an
// immediate operand (or lea), never loaded into a register first.
// nasm-opt: `cmp\s+r\w+, 100\b`
// nasm-opt: `(add\s+r\w+, 7|lea\s+r\w+, \[r\w+\+7\])`
// nasm-opt: -`mov\s+r\w+, 100\b`
func imm(x int) int {
	if x < 100 {
		return x + 7
	}
	return x
}

// An interface method call loads the code pointer from the itab's fun[0] at
// [tab+24], straight from the register holding the itab, and calls through r11.
// nasm-opt: `mov\s+r\w+, qword \[r(bx|si|di|8|9|1[2-5])\+24\]`
// nasm: `call\s+r11`
func area(s Shape) int {
	return s.Area()
}

// A float accumulator stays in an xmm register; constants come from rodata.
// nasm-opt: `addsd\s+xmm\d+, xmm\d+`
// nasm-opt: `movsd\s+xmm\d+, qword \[rel f64\.`
// nasm-opt: -`mov\s+rax, 0x`
func fsum(n int) float64 {
	f := 0.5
	for i := 0; i < n; i++ {
		f += 1.25
	}
	return f
}

// A value live across a call sits in a callee-saved register, saved in the
// prologue and restored before returning.
// nasm-opt: `mov\s+\[rbp-8\], (rbx|r1[2-5])\s+; callee-saved`
// nasm-opt: `mov\s+(rbx|r1[2-5]), \[rbp-8\]`
func across(x int) int {
	y := x * 3
	sink = area(Sq{x})
	return y
}

// A function with defer uses no callee-saved register (recovery restores
// them from deferproc's record): values live across calls are in slots.
// nasm-opt: -`\b(rbx|r12|r13|r14|r15)\b`
func deferred(x int) (r int) {
	defer func() { r += x }()
	sink = x
	return x * 2
}

// An element's address is one memory operand, [base+index*8] (opt/addrmode.c),
// not a multiply and an add.
// nasm-opt: `mov\s+r\w+, qword \[r\w+\+r\w+\*8\]`
// nasm-opt: -`imul\s+r\w+, 8\b`
// nasm-N: `imul`
func at(s []int, i int) int {
	return s[i]
}

type V3 struct{ X, Y, Z float64 }

func (a V3) Add(b V3) V3 {
	return V3{a.X + b.X, a.Y + b.Y, a.Z + b.Z}
}

// A struct of floats built, copied and read back by inlined methods stays in
// xmm registers (opt/wordclass.c, storeload.c, deadstore.c): no temporary
// in the frame (dce.c drops the unused slots: no frame at all), no round
// trip through integer registers.
// nasm-opt: -`\[rbp-`
// nasm-opt: -`sub\s+rsp`
// nasm-opt: -`mov\s+r\w+, qword`
// nasm-opt: `addsd\s+xmm\d+, qword \[rdi`
func addTo(p *V3, d V3) {
	*p = p.Add(d).Add(d)
}

// A load read once by an add becomes the add's memory operand
// (opt/loadop.c, gc's ADDQload): no register holds the element.
// nasm-opt: `add\s+r\w+, qword \[r\w+\+r\w+\*8\]`
// nasm-N: -`add\s+r\w+, qword \[`
func total(s []int) int {
	t := 0
	for i := range s {
		t += s[i]
	}
	return t
}

// A condition with && branches where each side decides (opt/shortcircuit.c):
// two compares fused with their jumps, no boolean made with setcc.
// nasm-opt: -`set(l|g|le|ge|e|ne)\s`
// nasm-N: `set(l|g|le|ge)\s`
func inside(x, lo, hi int) int {
	if x >= lo && x < hi {
		return 1
	}
	return 0
}

type P3 struct{ a, b, c int }

// The address of an element, its index still needed after: the scaled index
// comes from a three-operand imul, with no copy of the index first.
// nasm-opt: `imul\s+r\w+, r\w+, 24`
func elem(ps []P3, i int) (*P3, int) {
	return &ps[i], i
}

func main() {
	v := V3{1, 2, 3}
	e, _ := elem([]P3{{1, 2, 3}}, 0)
	addTo(&v, V3{1, 1, 1})
	var s Shape = &Sq{3}
	println(sum(10), count(5), imm(3), area(Sq{4}), fsum(4), across(2), deferred(5),
		at([]int{1, 2, 3}, 2), s.Area(), v.X, v.Y, v.Z, total([]int{4, 5}), e.b, inside(3, 1, 5))
}
