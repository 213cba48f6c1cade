// crypto/sha256: Sum256, Sum224 and the digest as a hash.Hash (its methods
// called through an itab), with data fed in pieces that straddle blocks.
package main

import (
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	fmt.Println(sha256.Size, sha256.Size224, sha256.BlockSize)
	fmt.Printf("%x\n", sha256.Sum256(nil))
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	fmt.Printf("%T %d\n", sha256.Sum256(nil), len(sha256.Sum224(nil)))

	// Every length around the padding boundaries (55, 56, 63, 64, 119, 120).
	for _, n := range []int{1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000} {
		data := []byte(strings.Repeat("a", n))
		fmt.Printf("%4d %x\n", n, sha256.Sum256(data))
	}

	var h hash.Hash = sha256.New()
	fmt.Printf("%T %d %d\n", h, h.Size(), h.BlockSize())
	io.WriteString(h, "The quick brown fox ")
	fmt.Printf("%x\n", h.Sum(nil))
	h.Write([]byte("jumps over the lazy dog"))
	fmt.Printf("%x\n", h.Sum([]byte("prefix:")))
	fmt.Printf("%x\n", h.Sum(nil)) // Sum does not change the state
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))

	// Writes of every size from 0 to 99 bytes, a million bytes in all.
	h = sha256.New()
	total := 0
	for i := 0; total < 1000000; i++ {
		n := i % 100
		if total+n > 1000000 {
			n = 1000000 - total
		}
		h.Write([]byte(strings.Repeat("a", n)))
		total += n
	}
	fmt.Printf("%x\n", h.Sum(nil))

	h224 := sha256.New224()
	fmt.Println(h224.Size(), h224.BlockSize())
	fmt.Fprintf(h224, "%d bottles", 99)
	fmt.Printf("%x\n", h224.Sum(nil))
	fmt.Printf("%X\n", sha256.Sum224([]byte("99 bottles")))

	var w io.Writer = h
	n, err := w.Write([]byte("x"))
	fmt.Println(n, err)
}
