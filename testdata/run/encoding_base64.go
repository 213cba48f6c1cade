// encoding/base64: the four standard encodings, custom alphabets, padding
// choices, strict decoding, CorruptInputError offsets and the stream encoder.
package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
)

// oneByteReader returns its data one byte per Read.
type oneByteReader struct{ s string }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

// streams decodes with NewDecoder from whole and byte-at-a-time readers,
// reading in chunks of several sizes.
func streams() {
	for _, in := range []string{"aGVsbG8gd29ybGQ=", "aGVs\nbG8g\r\nd29y\nbGQ=\n", "aGVsbG8", "aGVsbG8gd29ybGQ", "aGV!bG8=", "aGVsbG8=aGk=", "", "\n\n"} {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
			all, err := io.ReadAll(base64.NewDecoder(enc, strings.NewReader(in)))
			fmt.Printf("%q %q %v |", in, all, err)
			for _, size := range []int{1, 2, 5} {
				d := base64.NewDecoder(enc, &oneByteReader{in})
				var got []byte
				buf := make([]byte, size)
				var err error
				for i := 0; i < 100; i++ {
					var n int
					n, err = d.Read(buf)
					got = append(got, buf[:n]...)
					if err != nil {
						break
					}
				}
				fmt.Printf(" %d:%q %v", size, got, err)
			}
			fmt.Println()
		}
	}
	long := strings.Repeat("0123456789", 300)
	enc := base64.StdEncoding.EncodeToString([]byte(long))
	all, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(enc)))
	fmt.Println(len(enc), string(all) == long, err)
}

func main() {
	encs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding}
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe", "any carnal pleas"} {
		for _, e := range encs {
			enc := e.EncodeToString([]byte(s))
			dec, err := e.DecodeString(enc)
			fmt.Printf("%q %d/%d ", enc, e.EncodedLen(len(s)), e.DecodedLen(len(enc)))
			if string(dec) != s || err != nil {
				fmt.Print("MISMATCH ", err)
			}
		}
		fmt.Println()
	}
	for _, s := range []string{"Zm9vYg==", "Zm9vYg=", "Zm9vYg", "Zm9v\nYmFy\r\n", "Zm9vYg==x", "Zm9vYg==\n", "Z", "Zm=9",
		"Zm9vYmFy!", "=", "Zm9vY===", "Zm9vYh==", "Zm9vYmE=", "Zm9vYmF=", "Zm9=\nYg==", "Zm", "Zm9", "Zm9vYg=\n=",
		"*m9v", "Zm9v YmFy"} {
		for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.StdEncoding.Strict()} {
			b, err := e.DecodeString(s)
			fmt.Printf("%q:%q:%v  ", s, b, err)
			if c, ok := err.(base64.CorruptInputError); ok && int64(c) > int64(len(s)) {
				fmt.Print("BAD OFFSET")
			}
		}
		fmt.Println()
	}
	dst := make([]byte, 10)
	n, err := base64.URLEncoding.Decode(dst, []byte("-_-_"))
	fmt.Println(n, err, dst[:n])
	base64.StdEncoding.Encode(dst, []byte("hi!"))
	fmt.Println(string(dst))

	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/")
	fmt.Println(custom.EncodeToString([]byte("custom alphabet")))
	star := custom.WithPadding('*')
	fmt.Println(star.EncodeToString([]byte("pad")), star.EncodeToString([]byte("pa")))
	b, err := star.DecodeString(star.EncodeToString([]byte("pa")))
	fmt.Println(string(b), err)
	fmt.Println(base64.CorruptInputError(17).Error())
	fmt.Println(base64.StdPadding, base64.NoPadding)

	w := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	w.Write([]byte("He"))
	w.Write([]byte("llo, "))
	w.Write([]byte(strings.Repeat("stream ", 200)))
	fmt.Println(w.Close())

	streams()

	defer func() { fmt.Println("recovered:", recover()) }()
	base64.StdEncoding.WithPadding('A')
}
