// hash/fnv's 128-bit hashes: New128 and New128a as hash.Hash values, Sum
// appending without changing the running state, Reset, and long inputs.
package main

import (
	"fmt"
	"hash"
	"hash/fnv"
)

func show(name string, h hash.Hash, s string) {
	n, err := h.Write([]byte(s))
	fmt.Printf("%-8s %q %d %v %x %d %d %T\n", name, s, n, err, h.Sum(nil), h.Size(), h.BlockSize(), h)
	fmt.Printf("  prefixed %x\n", h.Sum([]byte("ab")))
	h.Write([]byte("!"))
	fmt.Printf("  more %x\n", h.Sum(nil))
	h.Reset()
	fmt.Printf("  reset %x\n", h.Sum(nil))
}

func main() {
	for _, s := range []string{"", "a", "foobar", "hello, world", "The quick brown fox jumps over the lazy dog"} {
		show("fnv128", fnv.New128(), s)
		show("fnv128a", fnv.New128a(), s)
	}
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i*7 + i>>8)
	}
	h, ha := fnv.New128(), fnv.New128a()
	for i := 0; i < len(big); i += 999 {
		end := i + 999
		if end > len(big) {
			end = len(big)
		}
		h.Write(big[i:end])
		ha.Write(big[i:end])
	}
	fmt.Printf("%x\n%x\n", h.Sum(nil), ha.Sum(nil))
	var hh hash.Hash = fnv.New128a()
	_, is32 := hh.(hash.Hash32)
	_, is64 := hh.(hash.Hash64)
	fmt.Println(is32, is64)
}
