// Package utf8: runes encoded as UTF-8 (LANGUAGE.md): RuneLen,
// RuneCountInString, DecodeRuneInString, EncodeRune and their companions,
// written in mini-Go. An invalid or incomplete encoding decodes as
// (RuneError, 1), as Go's does.
package utf8

const (
	RuneError = '\uFFFD'     // the "error" rune or "Unicode replacement character"
	RuneSelf  = 0x80         // runes below RuneSelf are one byte, themselves
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the most bytes of one UTF-8 encoded rune
)

// The surrogate halves, which are not valid runes.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// ValidRune reports whether r can be encoded as UTF-8: in range and not a
// surrogate half.
func ValidRune(r rune) bool {
	return (0 <= r && r < surrogateMin) || (surrogateMax < r && r <= MaxRune)
}

// RuneLen returns the number of bytes of r's encoding, or -1 if r is not a
// valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// seqLen is the length a sequence starting with byte c announces (0 for a
// byte that cannot start one), and the smallest rune it may encode.
func seqLen(c byte) (n int, min rune) {
	switch {
	case c < 0x80:
		return 1, 0
	case c < 0xC2:
		return 0, 0 // continuation bytes, and C0/C1 (overlong)
	case c < 0xE0:
		return 2, 0x80
	case c < 0xF0:
		return 3, 0x800
	case c < 0xF5:
		return 4, 0x10000
	}
	return 0, 0
}

// decode decodes the rune at the start of p (its first n bytes valid to
// read), whose bytes are given by at; invalid: (RuneError, 1). Empty:
// (RuneError, 0).
func decode(at func(i int) byte, n int) (rune, int) {
	if n < 1 {
		return RuneError, 0
	}
	c := at(0)
	size, min := seqLen(c)
	if size == 1 {
		return rune(c), 1
	}
	if size == 0 || size > n {
		return RuneError, 1
	}
	r := rune(c) & (0x7F >> size)
	for i := 1; i < size; i++ {
		b := at(i)
		if b&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(b&0x3F)
	}
	if r < min || !ValidRune(r) {
		return RuneError, 1
	}
	return r, size
}

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the
// rune and its width in bytes; (RuneError, 0) for an empty string and
// (RuneError, 1) for an invalid encoding.
func DecodeRuneInString(s string) (rune, int) {
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return decode(func(i int) byte { return s[i] }, len(s))
}

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (rune, int) {
	if len(p) > 0 && p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	return decode(func(i int) byte { return p[i] }, len(p))
}

// lastStart is where the last rune of a text of n bytes may start: the last
// byte that is not a continuation byte, at most UTFMax back.
func lastStart(at func(i int) byte, n int) int {
	lim := n - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := n - 1
	for start > lim && at(start)&0xC0 == 0x80 {
		start--
	}
	return start
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s: its rune and
// width; (RuneError, 0) if s is empty, (RuneError, 1) if it is invalid.
func DecodeLastRuneInString(s string) (rune, int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	if s[n-1] < RuneSelf {
		return rune(s[n-1]), 1
	}
	start := lastStart(func(i int) byte { return s[i] }, n)
	r, size := DecodeRuneInString(s[start:])
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString for a byte slice.
func DecodeLastRune(p []byte) (rune, int) {
	return DecodeLastRuneInString(string(p))
}

// EncodeRune writes r's UTF-8 encoding into p (which must be large enough;
// an invalid rune is written as RuneError) and returns the bytes written.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends r's UTF-8 encoding to p.
func AppendRune(p []byte, r rune) []byte {
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCountInString returns the number of runes in s; each byte of an
// invalid encoding counts as one.
func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// RuneCount is RuneCountInString for a byte slice.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// Valid is ValidString for a byte slice.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// FullRuneInString reports whether s begins with a full encoding of a rune
// (an invalid encoding counts as full: it decodes as an error of width 1).
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	size, _ := seqLen(s[0])
	if size <= len(s) {
		return true
	}
	r, n := DecodeRuneInString(s)
	return !(r == RuneError && n == 1) || !prefixOfValid(s)
}

// prefixOfValid reports whether s, shorter than the sequence its first byte
// announces, could still grow into a valid encoding.
func prefixOfValid(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			return false
		}
	}
	if len(s) >= 2 {
		c, d := s[0], s[1]
		if (c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F) || (c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F) {
			return false
		}
	}
	return true
}

// FullRune is FullRuneInString for a byte slice.
func FullRune(p []byte) bool {
	return FullRuneInString(string(p))
}

// RuneStart reports whether b could be the first byte of an encoded rune.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}
