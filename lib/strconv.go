// Package strconv: conversions between strings and numbers (LANGUAGE.md),
// with Go's *NumError values. Integers and booleans are mini-Go; floats and
// quoting are C (runtime/strconv.c), over the float formatting and quoting
// fmt uses (runtime/ftoa.c, quote.c) and the C library's correctly rounded
// strtod.
package strconv

import (
	"errors"
	"unicode/utf8"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseFloat, Atoi, ...)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, ...)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error {
	return e.Err
}

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, str, ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, str, ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

// ---- Booleans -------------------------------------------------------------

// ParseBool returns the boolean value of 1, t, T, TRUE, true, True, 0, f,
// F, FALSE, false, False; any other string is a syntax error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// ---- Integers -------------------------------------------------------------

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns u in the given base (2 to 36), with lower-case letters
// for digits >= 10.
func FormatUint(u uint64, base int) string {
	if base == 10 && u < nSmalls {
		return small(int(u))
	}
	return formatBits(u, base, false)
}

// nSmalls decimal numbers have their text in smallsString already, as in
// gc: formatting them allocates nothing.
const nSmalls = 100

const smallsString = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

func small(i int) string {
	if i < 10 {
		return digits[i : i+1]
	}
	return smallsString[i*2 : i*2+2]
}

// formatBits writes u in base, after a '-' if neg, into a buffer in the
// frame and returns it as a string (one allocation). Base 10 takes two
// digits per step from smallsString, dividing by the constant 100 (a
// multiply, not a divide instruction); other bases divide by base.
func formatBits(u uint64, base int, neg bool) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var buf [65]byte // 64 binary digits and a sign
	i := len(buf)
	if base == 10 {
		for u >= 100 {
			is := u % 100 * 2
			u /= 100
			i -= 2
			buf[i+1] = smallsString[is+1]
			buf[i] = smallsString[is]
		}
		is := u * 2
		i--
		buf[i] = smallsString[is+1]
		if u >= 10 {
			i--
			buf[i] = smallsString[is]
		}
	} else {
		b := uint64(base)
		for u >= b {
			i--
			buf[i] = digits[u%b]
			u /= b
		}
		i--
		buf[i] = digits[u]
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// FormatInt returns i in the given base (2 to 36), with a leading '-' if
// negative.
func FormatInt(i int64, base int) string {
	if 0 <= i && i < nSmalls && base == 10 {
		return small(int(i))
	}
	if i < 0 {
		return formatBits(uint64(-i), base, true)
	}
	return formatBits(uint64(i), base, false)
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

func lower(c byte) byte {
	return c | ('x' - 'X')
}

// underscoreOK reports whether the underscores of the number s only
// separate digits (or follow a base prefix), as Go's literals allow.
func underscoreOK(s string) bool {
	saw := '^' // last seen: ^ start, 0 digit or prefix, _ underscore, ! other
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		switch {
		case '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f':
			saw = '0'
		case s[i] == '_':
			if saw != '0' {
				return false
			}
			saw = '_'
		case saw == '_':
			return false
		default:
			saw = '!'
		}
	}
	return saw != '_'
}

// baseOf resolves base 0 from s's prefix (0b, 0o, 0x, 0: octal; else 10)
// and returns the base and the digits after the prefix.
func baseOf(s string) (int, string) {
	if s[0] != '0' {
		return 10, s
	}
	if len(s) >= 3 {
		switch lower(s[1]) {
		case 'b':
			return 2, s[2:]
		case 'o':
			return 8, s[2:]
		case 'x':
			return 16, s[2:]
		}
	}
	return 8, s[1:]
}

// digitVal is the value of the digit c in any base up to 36, or 36 (too
// big for every base) if c is not a digit.
func digitVal(c byte) uint64 {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0')
	case 'a' <= lower(c) && lower(c) <= 'z':
		return uint64(lower(c) - 'a' + 10)
	}
	return 36
}

// ParseUint is ParseInt for unsigned numbers: no sign; out of range gives
// the largest value of bitSize bits and ErrRange.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base, s = baseOf(s)
	default:
		return 0, baseError(fn, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, s0, bitSize)
	}
	cutoff := (1<<64-1)/uint64(base) + 1 // the first n for which n*base overflows
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && base0 {
			underscores = true
			continue
		}
		d := digitVal(c)
		if d >= uint64(base) {
			return 0, syntaxError(fn, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fn, s0)
		}
		n *= uint64(base)
		n1 := n + d
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fn, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fn, s0)
	}
	return n, nil
}

// ParseInt interprets s, with an optional sign, in the given base (0: from
// its prefix, with underscores allowed as in Go literals; else 2 to 36) and
// returns the value if it fits in bitSize bits (0: int). On a syntax error
// it returns 0; out of range, the nearest limit; either way a *NumError.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fn
		err.(*NumError).Num = s0
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int, with "Atoi" in its errors.
func Atoi(s string) (int, error) {
	const fn = "Atoi"
	if 0 < len(s) && len(s) < 19 {
		// Short enough not to overflow: no range check needed.
		s0 := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError(fn, s0)
			}
		}
		n := 0
		for i := 0; i < len(s); i++ {
			d := s[i] - '0'
			if d > 9 {
				return 0, syntaxError(fn, s0)
			}
			n = n*10 + int(d)
		}
		if s0[0] == '-' {
			n = -n
		}
		return n, nil
	}
	i64, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = fn
	}
	return int(i64), err
}

// ---- Floats and quoting (runtime/strconv.c) ---------------------------------

// parseFloat reads s as Go's ParseFloat does, rounding correctly to bitSize
// bits (32, else 64); status 0 ok, 1 syntax error, 2 out of range (±Inf).
func parseFloat(s string, bitSize int) (f float64, status int)

// formatFloat = FormatFloat for a valid bitSize.
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// ParseFloat converts s to the nearest float64 (or float32 when bitSize is
// 32) value: decimal or hexadecimal (0x...p...) with Go's underscores,
// "Inf", "+Inf", "-Inf", "Infinity", "NaN" in any case. Out of range gives
// ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, status := parseFloat(s, bitSize)
	switch status {
	case 1:
		return 0, syntaxError("ParseFloat", s)
	case 2:
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

// FormatFloat formats f in format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x',
// 'X') with prec digits (after the point for e, E, f, x, X; significant for
// g, G), or with as few digits as read back as f when prec is -1, rounding
// f to bitSize bits (32 or 64) first. An unknown fmt gives "%" and fmt
// (but ±Inf and NaN are still "+Inf", "-Inf" and "NaN").
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

// Quote returns s as a double-quoted Go string literal, with Go escapes for
// control characters, non-printable runes and invalid bytes.
func Quote(s string) string

// QuoteToASCII is Quote with every non-ASCII rune escaped too.
func QuoteToASCII(s string) string

// QuoteRune returns r as a single-quoted Go rune literal.
func QuoteRune(r rune) string

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped too.
func QuoteRuneToASCII(r rune) string

// IsPrint reports whether r is printable as Go defines it: a letter, mark,
// number, punctuation, symbol or the ASCII space.
func IsPrint(r rune) bool

// CanBackquote reports whether s can be a raw string literal unchanged: no
// control characters other than tab, no backquote, no invalid UTF-8 and
// no byte order mark.
func CanBackquote(s string) bool

// IsGraphic is IsPrint plus the Unicode spaces (category Zs).
func IsGraphic(r rune) bool {
	if IsPrint(r) {
		return true
	}
	switch {
	case r == 0x00a0, r == 0x1680, 0x2000 <= r && r <= 0x200a,
		r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// ---- Append forms: the Format and Quote functions appended to dst ---------

func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

// ---- Unquoting ----------------------------------------------------------------

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// simpleEscape is the rune of the one-letter escape \c, or -1.
func simpleEscape(c byte) rune {
	switch c {
	case 'a':
		return '\a'
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	case 'v':
		return '\v'
	case '\\':
		return '\\'
	}
	return -1
}

// UnquoteChar decodes the first character or escape sequence of the string
// or character literal body s, quoted by quote. It returns the rune, whether
// it needs a multibyte UTF-8 encoding (\x and octal escapes are single
// bytes), the rest of s, and ErrSyntax for a bad escape or an unescaped quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	if r := simpleEscape(c); r >= 0 {
		return r, false, s, nil
	}
	switch c {
	case 'x', 'u', 'U':
		return unquoteHex(c, s)
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		v := rune(c) - '0'
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		return v, false, s[2:], nil
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		return rune(c), false, s, nil
	}
	return 0, false, "", ErrSyntax
}

// unquoteHex reads the digits of \xNN, \uNNNN or \UNNNNNNNN; \x is a byte,
// the others must be valid runes.
func unquoteHex(c byte, s string) (value rune, multibyte bool, tail string, err error) {
	n := 8
	switch c {
	case 'x':
		n = 2
	case 'u':
		n = 4
	}
	if len(s) < n {
		return 0, false, "", ErrSyntax
	}
	var v rune
	for j := 0; j < n; j++ {
		x, ok := unhex(s[j])
		if !ok {
			return 0, false, "", ErrSyntax
		}
		v = v<<4 | x
	}
	if c == 'x' {
		return v, false, s[n:], nil
	}
	if !utf8.ValidRune(v) {
		return 0, false, "", ErrSyntax
	}
	return v, true, s[n:], nil
}

// unquote reads the quoted literal at the start of in: its value (or, if
// !unescape, its text with the quotes) and what follows it.
func unquote(in string, unescape bool) (out, rem string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := indexByte(in[1:], quote)
	if end < 0 {
		return "", in, ErrSyntax
	}
	end += 2 // after the closing quote if there are no escapes
	switch quote {
	case '`':
		if !unescape {
			return in[:end], in[end:], nil
		}
		buf := make([]byte, 0, end-2)
		for i := 1; i < end-1; i++ {
			if in[i] != '\r' { // a raw string drops carriage returns
				buf = append(buf, in[i])
			}
		}
		return string(buf), in[end:], nil
	case '"', '\'':
		return unquoteEscaped(in, quote, unescape)
	}
	return "", in, ErrSyntax
}

// indexByte is strings.IndexByte (strconv does not import strings).
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// unquoteEscaped reads an interpreted string or a rune literal: characters
// and escapes up to the closing quote, one only for a rune, no newline.
func unquoteEscaped(in string, quote byte, unescape bool) (out, rem string, err error) {
	in0 := in
	in = in[1:]
	var buf []byte
	for len(in) > 0 && in[0] != quote {
		r, multibyte, rest, err := UnquoteChar(in, quote)
		if in[0] == '\n' || err != nil {
			return "", in0, ErrSyntax
		}
		in = rest
		if r < utf8.RuneSelf || !multibyte {
			buf = append(buf, byte(r))
		} else {
			buf = utf8.AppendRune(buf, r)
		}
		if quote == '\'' {
			break
		}
	}
	if len(in) == 0 || in[0] != quote { // (go1.19 accepts '' as the empty string)
		return "", in0, ErrSyntax
	}
	in = in[1:]
	if unescape {
		return string(buf), in, nil
	}
	return in0[:len(in0)-len(in)], in, nil
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go
// string literal and returns its value (for a single-quoted literal, the
// one character). A malformed literal gives ErrSyntax.
func Unquote(s string) (string, error) {
	out, rem, err := unquote(s, true)
	if len(rem) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted string (as Unquote would read it) at the
// start of s, quotes included.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// ---- Quoting that keeps graphic runes (mini-Go; Quote's escapes) -----------

const lowerhex = "0123456789abcdef"

// appendEscapedGraphic appends r as it appears inside a literal quoted by
// quote, kept as is if IsGraphic: = strconv's appendEscapedRune with
// graphicOnly.
func appendEscapedGraphic(buf []byte, r rune, quote byte) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, '\\', 'a')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\v':
		return append(buf, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7f:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
	}
	n := 8
	buf = append(buf, '\\', 'U')
	if r < 0x10000 {
		n = 4
		buf[len(buf)-1] = 'u'
	}
	for s := (n - 1) * 4; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		if width == 1 && r == utf8.RuneError {
			dst = append(dst, '\\', 'x', lowerhex[s[i]>>4], lowerhex[s[i]&0xF])
		} else {
			dst = appendEscapedGraphic(dst, r, '"')
		}
		i += width
	}
	return append(dst, '"')
}

// QuoteToGraphic is Quote keeping the runes IsGraphic accepts (the Unicode
// spaces among them) as they are.
func QuoteToGraphic(s string) string { return string(AppendQuoteToGraphic(nil, s)) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	dst = append(dst, '\'')
	return append(appendEscapedGraphic(dst, r, '\''), '\'')
}

// QuoteRuneToGraphic is QuoteRune keeping a graphic rune as it is.
func QuoteRuneToGraphic(r rune) string { return string(AppendQuoteRuneToGraphic(nil, r)) }
