// asmcheck: the shapes of range loops over arrays and slices (codegen/range.c).
package main

type big struct{ a, b, c int }

// Elements of 1, 2, 4 or 8 bytes are read by index; larger ones through a
// pointer that advances only when another iteration follows.
// nasm: -`range\.advance`
func sumInts(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

// nasm: `\.L\d+\.range\.advance:`
func sumBig(s []big) int {
	t := 0
	for _, v := range s {
		t += v.a
	}
	return t
}

// Ranging over an array for its values copies it first.
// nasm: `call\s+runtime\.memmove`
func sumArray(a [100]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

// With the index only, the array is neither copied nor read.
// nasm: -`call\s+runtime\.memmove`
func countArray(a [100]int) int {
	n := 0
	for i := range a {
		n += i
	}
	return n
}

// Over a pointer to an array, nothing is copied.
// nasm: -`call\s+runtime\.memmove`
func sumPointer(p *[100]int) int {
	t := 0
	for _, v := range p {
		t += v
	}
	return t
}

func main() {}
