// Package base64: base64 encoding as RFC 4648 specifies it, padded or raw,
// with the standard and the URL-safe alphabets (LANGUAGE.md), written in
// mini-Go for mgc with go1.19's errors and its tolerance of \r and \n.
package base64

import (
	"io"
	"strconv"
)

// An Encoding is a radix 64 encoding/decoding scheme, defined by a
// 64-character alphabet.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte // 0xff: not in the alphabet
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

const encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// NewEncoding returns a new padded Encoding defined by the given alphabet,
// which must be a 64-byte string without '\r' or '\n'.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	for i := 0; i < len(encoder); i++ {
		if encoder[i] == '\n' || encoder[i] == '\r' {
			panic("encoding alphabet contains newline character")
		}
	}
	e := new(Encoding)
	e.padChar = StdPadding
	copy(e.encode[:], encoder)
	for i := 0; i < len(e.decodeMap); i++ {
		e.decodeMap[i] = 0xFF
	}
	for i := 0; i < len(encoder); i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// WithPadding creates a new encoding identical to enc except with a
// specified padding character, or NoPadding to disable padding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for i := 0; i < len(enc.encode); i++ {
		if rune(enc.encode[i]) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// Strict creates a new encoding identical to enc except with strict
// decoding enabled: the unused bits of the last quantum must be zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// The four encodings of RFC 4648.
var StdEncoding = NewEncoding(encodeStd)
var URLEncoding = NewEncoding(encodeURL)
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// EncodedLen returns the length in bytes of the base64 encoding of an input
// buffer of length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the maximum length in bytes of the decoded data
// corresponding to n bytes of base64-encoded data.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// Encode writes EncodedLen(len(src)) bytes of the encoding of src to dst:
// each 3 bytes become 4 characters, the last 1 or 2 bytes 2 or 3
// characters and the padding.
func (enc *Encoding) Encode(dst, src []byte) {
	di, si := 0, 0
	for ; si+3 <= len(src); si += 3 {
		val := uint(src[si])<<16 | uint(src[si+1])<<8 | uint(src[si+2])
		dst[di+0] = enc.encode[val>>18&0x3F]
		dst[di+1] = enc.encode[val>>12&0x3F]
		dst[di+2] = enc.encode[val>>6&0x3F]
		dst[di+3] = enc.encode[val&0x3F]
		di += 4
	}
	remain := len(src) - si
	if remain == 0 {
		return
	}
	val := uint(src[si]) << 16
	if remain == 2 {
		val |= uint(src[si+1]) << 8
	}
	dst[di+0] = enc.encode[val>>18&0x3F]
	dst[di+1] = enc.encode[val>>12&0x3F]
	if remain == 2 {
		dst[di+2] = enc.encode[val>>6&0x3F]
		if enc.padChar != NoPadding {
			dst[di+3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[di+2] = byte(enc.padChar)
		dst[di+3] = byte(enc.padChar)
	}
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// CorruptInputError is the offset of the first byte of an illegal input.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// skipNewlines returns the index of the first byte at or after si that is
// not '\r' or '\n'.
func skipNewlines(src []byte, si int) int {
	for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
		si++
	}
	return si
}

// decodeQuantum decodes up to 4 characters of src from si (skipping
// newlines) into dst. It returns where it stopped, the bytes it wrote and
// an error at the offending offset: a character outside the alphabet,
// padding too early or missing, data after the padding, or (strict) unused
// bits that are not zero.
func (enc *Encoding) decodeQuantum(dst, src []byte, si int) (nsi, n int, err error) {
	var dbuf [4]byte
	dlen := 4
	for j := 0; j < len(dbuf); j++ {
		if len(src) == si {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			dlen = j
			break
		}
		in := src[si]
		si++
		if out := enc.decodeMap[in]; out != 0xff {
			dbuf[j] = out
			continue
		}
		if in == '\n' || in == '\r' {
			j--
			continue
		}
		if rune(in) != enc.padChar || j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 { // "xx=" wants a second padding character
			si = skipNewlines(src, si)
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		si = skipNewlines(src, si)
		if si < len(src) {
			err = CorruptInputError(si)
		}
		dlen = j
		break
	}
	val := uint(dbuf[0])<<18 | uint(dbuf[1])<<12 | uint(dbuf[2])<<6 | uint(dbuf[3])
	b0, b1, b2 := byte(val>>16), byte(val>>8), byte(val)
	switch dlen {
	case 4:
		dst[2] = b2
		b2 = 0
		fallthrough
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		b1 = 0
		fallthrough
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, dlen - 1, err
}

// Decode decodes src into at most DecodedLen(len(src)) bytes of dst and
// returns how many it wrote; new line characters are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for si < len(src) {
		var k int
		si, k, err = enc.decodeQuantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// DecodeString returns the bytes represented by the base64 string s (those
// decoded before an error).
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dbuf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(dbuf, []byte(s))
	return dbuf[:n], err
}

// encoder buffers up to 2 bytes between Writes and encodes the rest in
// chunks of up to 768 bytes; Close encodes what is left, with padding.
type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte
	nbuf int
	out  [1024]byte
}

// NewEncoder returns a new base64 stream encoder writing to w; the caller
// must Close it to flush a partially written block.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		i := 0
		for ; i < len(p) && e.nbuf < 3; i++ {
			e.buf[e.nbuf] = p[i]
			e.nbuf++
		}
		n += i
		p = p[i:]
		if e.nbuf < 3 {
			return
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 3 {
		nn := len(e.out) / 4 * 3
		if nn > len(p) {
			nn = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:nn])
		if _, e.err = e.w.Write(e.out[:nn/3*4]); e.err != nil {
			return n, e.err
		}
		n += nn
		p = p[nn:]
	}
	e.nbuf = copy(e.buf[:], p)
	n += len(p)
	return
}

func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

// newlineFilteringReader drops '\r' and '\n' from what r reads, reading
// again when a read was nothing else.
type newlineFilteringReader struct {
	wrapped io.Reader
}

func (r *newlineFilteringReader) Read(p []byte) (int, error) {
	n, err := r.wrapped.Read(p)
	for n > 0 {
		kept := 0
		for _, b := range p[:n] {
			if b != '\r' && b != '\n' {
				p[kept] = b
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = r.wrapped.Read(p)
	}
	return n, err
}

// decoder reads whole quanta (4 characters) of input into buf, decodes
// them straight into the caller's slice when it is big enough and through
// outbuf otherwise; a read error shows once the input is used up.
type decoder struct {
	err     error
	readErr error // from r.Read
	enc     *Encoding
	r       io.Reader
	buf     [1024]byte // input not decoded yet
	nbuf    int
	out     []byte // output not returned yet
	outbuf  [1024 / 4 * 3]byte
}

// NewDecoder constructs a new base64 stream decoder; newlines in the input
// are ignored.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineFilteringReader{r}}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	for d.nbuf < 4 && d.readErr == nil {
		nn := len(p) / 3 * 4
		if nn < 4 {
			nn = 4
		}
		if nn > len(d.buf) {
			nn = len(d.buf)
		}
		nn, d.readErr = d.r.Read(d.buf[d.nbuf:nn])
		d.nbuf += nn
	}
	if d.nbuf < 4 {
		return d.readTail(p)
	}
	nr := d.nbuf / 4 * 4
	nw := d.nbuf / 4 * 3
	if nw > len(p) {
		nw, d.err = d.enc.Decode(d.outbuf[:], d.buf[:nr])
		d.out = d.outbuf[:nw]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:nr])
	}
	d.nbuf -= nr
	copy(d.buf[:d.nbuf], d.buf[nr:])
	return n, d.err
}

// readTail handles the end of the input, fewer than 4 characters: a final
// fragment without padding for a raw encoding, else the read error
// (io.ErrUnexpectedEOF if characters are left).
func (d *decoder) readTail(p []byte) (n int, err error) {
	if d.enc.padChar == NoPadding && d.nbuf > 0 {
		var nw int
		nw, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
		d.nbuf = 0
		d.out = d.outbuf[:nw]
		n = copy(p, d.out)
		d.out = d.out[n:]
		if n > 0 || len(p) == 0 && len(d.out) > 0 {
			return n, nil
		}
		if d.err != nil {
			return 0, d.err
		}
	}
	d.err = d.readErr
	if d.err == io.EOF && d.nbuf > 0 {
		d.err = io.ErrUnexpectedEOF
	}
	return 0, d.err
}
