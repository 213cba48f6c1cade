// Package strconv: conversions between strings and numbers (LANGUAGE.md),
// with Go's *NumError values. Integers and booleans are mini-Go; floats and
// quoting are C (runtime/strconv.c), over the float formatting and quoting
// fmt uses (runtime/ftoa.c, quote.c) and the C library's correctly rounded
// strtod.
package strconv

import "errors"

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
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var buf [64]byte
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		buf[i] = digits[u%b]
		u /= b
	}
	i--
	buf[i] = digits[u]
	return string(buf[i:])
}

// FormatInt returns i in the given base (2 to 36), with a leading '-' if
// negative.
func FormatInt(i int64, base int) string {
	if i < 0 {
		s := FormatUint(uint64(-i), base)
		return "-" + s
	}
	return FormatUint(uint64(i), base)
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
