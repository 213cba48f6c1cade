// encoding/base64 and encoding/hex on pseudo-random inputs (a fixed LCG, so
// the output is go1.19's): encodings of random bytes, and decodings of random
// strings over the alphabets plus padding, newlines and bad characters, with
// their error offsets.
package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

var state uint64 = 99

func next(n int) int {
	state = state*6364136223846793005 + 1442695040888963407
	return int(state>>33) % n
}

func main() {
	encs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding,
		base64.RawURLEncoding, base64.StdEncoding.Strict(), base64.RawURLEncoding.Strict()}
	for i := 0; i < 100; i++ {
		b := make([]byte, next(20))
		for j := range b {
			b[j] = byte(next(256))
		}
		fmt.Print(hex.EncodeToString(b))
		for _, e := range encs[:4] {
			fmt.Print(" ", e.EncodeToString(b))
		}
		fmt.Println()
	}
	const chars = "AQgw+/-_=\n\r!Zz09aF"
	for i := 0; i < 250; i++ {
		s := make([]byte, next(14))
		for j := range s {
			s[j] = chars[next(len(chars))]
		}
		fmt.Printf("%q", s)
		for _, e := range encs {
			d, err := e.DecodeString(string(s))
			fmt.Printf(" %x/%v", d, err)
		}
		d, err := hex.DecodeString(string(s))
		fmt.Printf(" hex:%x/%v\n", d, err)
	}
}
