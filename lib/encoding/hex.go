// Package hex: hexadecimal encoding and decoding, and hexdump -C style dumps
// (LANGUAGE.md), written in mini-Go for mgc with go1.19's errors.
package hex

import (
	"errors"
	"io"
	"strconv"
	"strings"
)

const hextable = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input.
var ErrLength = errors.New("encoding/hex: odd length hex string")

var errClosed = errors.New("encoding/hex: dumper closed")

// InvalidByteError values describe errors resulting from an invalid byte in
// a hex string.
type InvalidByteError byte

// Error spells the byte as fmt's %#U does: U+0067 'g'.
func (e InvalidByteError) Error() string {
	r := rune(e)
	u := strconv.FormatUint(uint64(r), 16)
	s := "encoding/hex: invalid byte: U+" + strings.Repeat("0", 4-len(u)) + strings.ToUpper(u)
	if strconv.IsPrint(r) {
		s += " '" + string(r) + "'"
	}
	return s
}

// EncodedLen returns the length of an encoding of n source bytes: n * 2.
func EncodedLen(n int) int { return n * 2 }

// Encode writes the lowercase hex of src into dst and returns EncodedLen(len(src)).
func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// DecodedLen returns the length of a decoding of x source bytes: x / 2.
func DecodedLen(x int) int { return x / 2 }

// fromHexChar returns the value of a hex digit (either case), or 0xff.
func fromHexChar(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// Decode decodes src into DecodedLen(len(src)) bytes of dst and returns how
// many it wrote. An invalid byte stops it with InvalidByteError; a valid odd
// length input ends with ErrLength after the pairs are decoded.
func Decode(dst, src []byte) (int, error) {
	i := 0
	for ; 2*i+1 < len(src); i++ {
		a, b := fromHexChar(src[2*i]), fromHexChar(src[2*i+1])
		if a > 0x0f {
			return i, InvalidByteError(src[2*i])
		}
		if b > 0x0f {
			return i, InvalidByteError(src[2*i+1])
		}
		dst[i] = a<<4 | b
	}
	if len(src)%2 == 1 {
		if fromHexChar(src[len(src)-1]) > 0x0f {
			return i, InvalidByteError(src[len(src)-1])
		}
		return i, ErrLength
	}
	return i, nil
}

// DecodeString returns the bytes represented by the hexadecimal string s
// (as many as were decoded before an error).
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a string that contains a hex dump of the given data, as
// `hexdump -C` prints it.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow((1 + ((len(data) - 1) / 16)) * 79)
	d := Dumper(&b)
	d.Write(data)
	d.Close()
	return b.String()
}

const bufferSize = 1024

// encoder writes the hex of what it is given to w, 512 bytes at a time.
type encoder struct {
	w   io.Writer
	err error
	out [bufferSize]byte
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal characters to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		chunk := bufferSize / 2
		if len(p) < chunk {
			chunk = len(p)
		}
		var written int
		written, e.err = e.w.Write(e.out[:Encode(e.out[:], p[:chunk])])
		n += written / 2
		p = p[chunk:]
	}
	return n, e.err
}

// decoder reads hex from r into a buffer of up to 1024 digits and decodes
// it on demand; an error shows once the buffered digits are used up.
type decoder struct {
	r   io.Reader
	err error
	in  []byte
	arr [bufferSize]byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from r.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.arr[:], d.in)
		var got int
		got, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+got]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			last := d.in[len(d.in)-1]
			if fromHexChar(last) > 0x0f {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err = Decode(p, d.in[:len(p)*2])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, nil
}

// dumper writes lines of 16 bytes:
//     00000010  2e 2f 30 31 32 33 34 35  36 37 38 39 3a 3b 3c 3d  |./0123456789:;<=|
// the offset, the bytes in hex with an extra space after the 8th, then
// the bytes as ASCII ('.' for the unprintable). Close pads the last line.
type dumper struct {
	w      io.Writer
	right  [18]byte // the ASCII column, then "|\n"
	buf    [14]byte
	used   int  // bytes on the current line
	n      uint // bytes in all
	closed bool
}

// Dumper returns a WriteCloser that writes a hex dump of all written data to
// w; Close writes the last, incomplete line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

func toChar(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

// dumpGap is how many bytes follow byte `used` of a line in its hex column:
// its space, one more after the 8th, "  |" after the 16th.
func dumpGap(used int) int {
	switch used {
	case 7:
		return 4
	case 15:
		return 5
	}
	return 3
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errClosed
	}
	for i := range data {
		if h.used == 0 {
			h.buf[0], h.buf[1], h.buf[2], h.buf[3] = byte(h.n>>24), byte(h.n>>16), byte(h.n>>8), byte(h.n)
			Encode(h.buf[4:], h.buf[:4])
			h.buf[12], h.buf[13] = ' ', ' '
			if _, err = h.w.Write(h.buf[4:]); err != nil {
				return
			}
		}
		Encode(h.buf[:], data[i:i+1])
		h.buf[2], h.buf[3], h.buf[4] = ' ', ' ', '|'
		if _, err = h.w.Write(h.buf[:dumpGap(h.used)]); err != nil {
			return
		}
		n++
		h.right[h.used] = toChar(data[i])
		h.used++
		h.n++
		if h.used == 16 {
			h.right[16], h.right[17] = '|', '\n'
			if _, err = h.w.Write(h.right[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	h.buf[0], h.buf[1], h.buf[2], h.buf[3], h.buf[4] = ' ', ' ', ' ', ' ', '|'
	count := h.used
	for ; h.used < 16; h.used++ {
		if _, err = h.w.Write(h.buf[:dumpGap(h.used)]); err != nil {
			return
		}
	}
	h.right[count], h.right[count+1] = '|', '\n'
	_, err = h.w.Write(h.right[:count+2])
	return
}
