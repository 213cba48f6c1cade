// crypto/md5: Sum and the digest as a hash.Hash (its methods called through
// an itab), on the RFC 1321 test suite and lengths around the padding.
package main

import (
	"crypto/md5"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	fmt.Println(md5.Size, md5.BlockSize)
	for _, s := range []string{"", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
		"12345678901234567890123456789012345678901234567890123456789012345678901234567890"} {
		fmt.Printf("%x %q\n", md5.Sum([]byte(s)), s)
	}
	fmt.Printf("%T\n", md5.Sum(nil))
	for _, n := range []int{55, 56, 57, 63, 64, 65, 119, 120, 121} {
		fmt.Printf("%4d %x\n", n, md5.Sum([]byte(strings.Repeat("z", n))))
	}

	var h hash.Hash = md5.New()
	fmt.Printf("%T %d %d\n", h, h.Size(), h.BlockSize())
	io.WriteString(h, "The quick brown fox jumps over the lazy dog")
	sum := h.Sum(nil)
	fmt.Printf("%x %d\n", sum, len(sum))
	h.Write([]byte("."))
	fmt.Printf("%x\n", h.Sum([]byte{0xff}))
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))
	for i := 0; i < 300; i++ {
		fmt.Fprint(h, i)
	}
	fmt.Printf("%x\n", h.Sum(nil))
}
