// encoding/hex: encoding, decoding with go1.19's errors (the first invalid
// byte as %#U, an odd length), the streaming encoder and decoder, and Dump.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	src := []byte("Hello Gopher!\x00\xff")
	fmt.Println(hex.EncodeToString(src), hex.EncodedLen(5), hex.DecodedLen(7))
	dst := make([]byte, hex.EncodedLen(len(src)))
	fmt.Println(hex.Encode(dst, src), string(dst))

	for _, s := range []string{"48656c6c6f", "DEADbeef", "", "abc", "abz", "zz", "12g4", "1\n", "é0", "0\x01", "a b"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q -> %q %v\n", s, b, err)
		if e, ok := err.(hex.InvalidByteError); ok {
			fmt.Printf("   InvalidByteError(%d)\n", byte(e))
		}
	}
	fmt.Println(hex.ErrLength)
	out := make([]byte, 8)
	n, err := hex.Decode(out, []byte("0102zz"))
	fmt.Println(n, err, out[:n])

	fmt.Print(hex.Dump([]byte("Go is an open source programming language.\n\t\x7f~")))
	fmt.Printf("%q\n", hex.Dump(nil))
	for _, n := range []int{1, 7, 8, 9, 15, 16, 17} {
		fmt.Print(hex.Dump(bytes.Repeat([]byte{'A'}, n)))
	}
	d := hex.Dumper(os.Stdout)
	for i := 0; i < 40; i++ {
		d.Write([]byte{byte(i * 7)})
	}
	fmt.Println(d.Close(), d.Close())
	_, err = d.Write([]byte("x"))
	fmt.Println(err)

	var buf strings.Builder
	e := hex.NewEncoder(&buf)
	e.Write([]byte("stream"))
	e.Write(bytes.Repeat([]byte{1}, 600))
	fmt.Println(buf.Len(), buf.String()[:20])

	r := hex.NewDecoder(strings.NewReader("68656c6c6f20776f726c64"))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(hex.NewDecoder(strings.NewReader("414")))
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(hex.NewDecoder(strings.NewReader("41x")))
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(hex.NewDecoder(strings.NewReader("4142qq43")))
	fmt.Printf("%q %v\n", all, err)
}
