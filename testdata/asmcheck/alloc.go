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

func main() {
	println(huge())
}
