// asmcheck: where a variable's zero value comes from.
package main

// A variable too large for the frame (over 10 MiB, gc's MaxStackVarSize) is
// one heap object, zeroed by newobject itself: no cleared temporary copied
// into it (that was 128 MB and 0.4 s for a 64 MB array).
// nasm: `call\s+runtime\.newobject`
// nasm: -`newobject(.|\n)*newobject`
// nasm: -`runtime\.memclrNoHeapPointers`
// nasm: -`runtime\.memmove`
func huge() int64 {
	var a [2 << 20]int64
	a[5] = 1
	a[1000000] = 2
	return a[5] + a[1000000]
}

// A frame of 32 KB or more is compared with the goroutine's stack limit
// before it is made, as gc's prologue compares sp with g.stackguard0.
// nasm: `lea\s+r11, \[rsp-\d+\]\s*;.*\n\s+cmp\s+r11, \[rel runtime\.stackguard\]`
// nasm: `call\s+runtime\.morestack`
func bigframe(i int) byte {
	var buf [40 << 10]byte
	buf[i] = 1
	return buf[i]
}

// A smaller frame cannot step over the guard page under the stack: no check.
// nasm: -`runtime\.stackguard`
func smallframe(i int) byte {
	var buf [1 << 10]byte
	buf[i] = 1
	return buf[i]
}

var table [4 << 20]int64
var counts [8]int64

// A package variable of 16 MB or more lives apart from the other data and is
// addressed by its 64-bit address; a small one stays rip-relative.
// nasm: `mov\s+r\w+, main\.table\s`
// nasm: `lea\s+r\w+, \[rel main\.counts\]`
func globals(i int) int64 {
	table[i]++
	counts[i%8]++
	return table[i] + counts[i%8]
}

func main() {
	println(huge(), bigframe(3), smallframe(4), globals(5))
}
