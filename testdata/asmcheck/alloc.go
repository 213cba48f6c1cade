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

func main() {
	println(huge(), bigframe(3), smallframe(4))
}
