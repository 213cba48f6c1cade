// asmcheck: which bounds-check panic each index and slice expression calls (codegen/bounds.c).
package main

// A signed index: one unsigned compare catches negative indexes too.
// nasm: `call\s+runtime\.panicIndex\s`
// nasm-N: `setb\s`
// nasm-opt: `cmp\s+\S+, \S+\n\s+j(b|ae)\s`
func index(s string, i int) byte {
	return s[i]
}

// A word-sized unsigned index is reported as unsigned.
// nasm: `call\s+runtime\.panicIndexU\s`
func indexU(s string, i uint64) byte {
	return s[i]
}

// A narrower unsigned index is extended to an int first, as gc does.
// nasm: `call\s+runtime\.panicIndex\s`
// nasm: -`panicIndexU`
func indexU8(s string, i uint8) byte {
	return s[i]
}

// s[lo:] checks only lo <= len(s).
// nasm: `call\s+runtime\.panicSliceB\s`
// nasm: -`panicSliceAlen`
func from(s string, lo int) string {
	return s[lo:]
}

// s[lo:hi] checks hi <= len(s), then lo <= hi.
// nasm: `call\s+runtime\.panicSliceAlen\s`
// nasm: `call\s+runtime\.panicSliceBU\s`
func sub(s string, lo uint, hi int) string {
	return s[lo:hi]
}

// nasm: `call\s+runtime\.decoderune`
func runes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// nasm: `call\s+runtime\.intstring`
func char(r rune) string {
	return string(r)
}

func main() {
	println(index("ab", 1), indexU("ab", 1), indexU8("ab", 1), from("ab", 1), sub("abc", 1, 2), runes("é"), char('x'))
}
