// Package fmt: formatted printing (LANGUAGE.md): Print, Println, Printf,
// Sprint, Sprintln, Sprintf, Fprint, Fprintln, Fprintf, Errorf, Stringer;
// and scanning: Scan, Scanln, Scanf, Sscan, Sscanln, Sscanf, Fscan,
// Fscanln, Fscanf, Scanner, ScanState (the scanner is at the end of this
// file, in Go).
//
// The printer is C (runtime/fmt.c, behind the bodiless sprintf and sprint);
// it reads every value through its type descriptor. Whether a value has an
// Error or String method is decided here, in Go, by a type switch: the same
// assertE2I2/getitab path as any program's, and a panic in the method is
// recovered here as fmt's catchPanic does.
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

// Stringer is implemented by any value that has a String method, which
// defines the value's "native" format.
type Stringer interface {
	String() string
}

// sprintf formats like Sprintf; with wrapErrs (Errorf) it also returns the
// index of the operand %w wrapped, or -1.
func sprintf(format string, a []any, wrapErrs bool) (s string, wrapped int)

// sprint formats like Sprint, or like Sprintln when ln is set.
func sprint(a []any, ln bool) string

func Sprintf(format string, a ...any) string {
	s, _ := sprintf(format, a, false)
	return s
}

func Sprint(a ...any) string {
	return sprint(a, false)
}

func Sprintln(a ...any) string {
	return sprint(a, true)
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	s, _ := sprintf(format, a, false)
	return w.Write([]byte(s))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprint(a, false)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprint(a, true)))
}

func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// wrapError is the error Errorf returns for a format with %w.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Errorf formats like Sprintf and returns the text as an error; if the
// format has a %w verb with an error operand, the error wraps it.
func Errorf(format string, a ...any) error {
	s, w := sprintf(format, a, true)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[w].(error)}
}

// isError reports whether arg implements error (for %w).
func isError(arg any) bool {
	_, ok := arg.(error)
	return ok
}

// isNilPointer reports whether arg holds a nil pointer.
func isNilPointer(arg any) bool

// handleMethods is called by the printer (runtime/fmt.c) for an operand of
// %v %s %q %x %X: state 1 with the text of its Error method, 4 with that of
// its String method (Error wins), 0 if it has neither. If the method panics,
// state 2 with the method's name and the panic value, or 3 if the receiver
// was a nil pointer (printed as <nil>).
func handleMethods(arg any, verb rune) (text string, state int, panicValue any) {
	method := ""
	defer func() {
		if r := recover(); r != nil {
			if isNilPointer(arg) {
				text, state = "", 3
				return
			}
			text, state, panicValue = method, 2, r
		}
	}()
	switch v := arg.(type) {
	case error:
		method = "Error"
		return v.Error(), 1, nil
	case Stringer:
		method = "String"
		return v.String(), 4, nil
	}
	return "", 0, nil
}

// ---- Scanning (go1.19's fmt/scan.go, rewritten for mgc) --------------------------
//
// The scanner reads runes from an io.RuneScanner, or, for a reader that is
// not one (os.Stdin, the strings of Sscan), one byte at a time through
// runeReader, so it never reads past what it scans: the rune it reads and
// puts back last is lost with the runeReader when the call returns, as in
// Go. Errors are panics of scanError caught by catchScanError, as Go's are.
// The operands are pointers: *bool, *int..., *uint..., *uintptr,
// *float32, *float64, *string, *[]byte, and pointers to other types by the
// kind they point to (runtime/scan.c), as Go does through reflect; an
// operand that is a Scanner scans itself.

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count as
// space.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is like Scan, but stops scanning at a newline and after the final
// item there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf scans text read from standard input, storing successive
// space-separated values into successive arguments as determined by the
// format.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// stringReader reads a string for the Sscan functions.
type stringReader string

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, *r)
	*r = (*r)[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}

// Sscan scans the argument string like Scan.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan((*stringReader)(&str), a...)
}

// Sscanln is like Sscan, but stops scanning at a newline.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln((*stringReader)(&str), a...)
}

// Sscanf scans the argument string like Scanf.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf((*stringReader)(&str), format, a...)
}

// Fscan scans text read from r like Scan.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, true, false).doScan(a)
}

// Fscanln is like Fscan, but stops scanning at a newline.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, false, true).doScan(a)
}

// Fscanf scans text read from r like Scanf.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanState(r, false, false).doScanf(format, a)
}

// scanError is the panic value that carries a scanning error.
type scanError struct {
	err error
}

const (
	eof     = -1      // getRune's value at the end of the input
	hugeWid = 1 << 30 // no width
)

// scanState is one call's scanning state (Go's ss).
type scanState struct {
	rs        io.RuneScanner
	buf       []byte // the token being read
	count     int    // runes consumed so far
	atEOF     bool   // already read EOF
	nlIsEnd   bool   // a newline ends the scan (Scanln)
	nlIsSpace bool   // a newline is space (Scan)
	argLimit  int    // the highest count for this operand (its width)
	maxWid    int    // the width of this operand
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *scanState {
	s := &scanState{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: hugeWid, maxWid: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &runeReader{reader: r, peekRune: -1}
	}
	return s
}

// runeReader reads runes from a plain io.Reader one byte at a time and can
// put back the last rune (peekRune >= 0 is a rune put back; < 0 is the
// complement of the last rune read). The bytes after the first of an
// invalid sequence are kept in pending for the next reads.
type runeReader struct {
	reader   io.Reader
	pending  []byte
	peekRune rune
}

func (r *runeReader) readByte() (byte, error) {
	if len(r.pending) > 0 {
		b := r.pending[0]
		r.pending = r.pending[1:]
		return b, nil
	}
	var one [1]byte
	n, err := io.ReadFull(r.reader, one[:])
	if n != 1 {
		return 0, err
	}
	return one[0], err
}

func (r *runeReader) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^r.peekRune
		return rr, utf8.RuneLen(rr), nil
	}
	var buf [utf8.UTFMax]byte
	buf[0], err = r.readByte()
	if err != nil {
		return 0, 0, err
	}
	if buf[0] < utf8.RuneSelf {
		r.peekRune = ^rune(buf[0])
		return rune(buf[0]), 1, nil
	}
	n := 1
	for ; !utf8.FullRune(buf[:n]); n++ {
		buf[n], err = r.readByte()
		if err != nil {
			if err != io.EOF {
				return 0, 0, err
			}
			err = nil
			break
		}
	}
	rr, size = utf8.DecodeRune(buf[:n])
	if size < n {
		r.pending = append(r.pending, buf[size:n]...)
	}
	r.peekRune = ^rr
	return rr, size, nil
}

func (r *runeReader) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}

// ReadRune reads the next rune of the operand: io.EOF at the end of the
// input, of the operand's width, or after a newline in Scanln.
func (s *scanState) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

// getRune is the next rune, or eof.
func (s *scanState) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return r
}

// mustReadRune is the next rune; the end of input is io.ErrUnexpectedEOF.
func (s *scanState) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *scanState) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanState) error(err error) {
	panic(scanError{err})
}

func (s *scanState) errorString(err string) {
	panic(scanError{errors.New(err)})
}

// isSpace: the runes fmt's scanner treats as space (Unicode White_Space
// below U+10000 other than U+180E).
func isSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r == 0x20, r == 0x85, r == 0xa0, r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// SkipSpace skips spaces; a newline is one only if nlIsSpace (else it is
// "unexpected newline"), and \r\n counts as \n.
func (s *scanState) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// token appends to buf the runes that satisfy f (after skipping spaces if
// skip).
func (s *scanState) token(skip bool, f func(rune) bool) []byte {
	if skip {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func notSpace(r rune) bool {
	return !isSpace(r)
}

// ---- ScanState, for the Scan methods of operands that are Scanners.

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans
// the input for the representation of a value and stores the result in the
// receiver.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Token returns the runes that satisfy f (notSpace if nil), after skipping
// spaces if skipSpace.
func (s *scanState) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// Width returns the operand's width from the format, if it has one.
func (s *scanState) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// Read is not for Scan methods, which must use ReadRune.
func (s *scanState) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune if it is in ok (appending it to buf if
// accept) and reports whether it was.
func (s *scanState) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// peek reports whether the next rune is in ok, without reading it.
func (s *scanState) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// notEOF panics with io.EOF at the end of the input.
func (s *scanState) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *scanState) accept(ok string) bool {
	return s.consume(ok, true)
}

func (s *scanState) okVerb(verb rune, okVerbs, typ string) bool {
	for _, v := range okVerbs {
		if v == verb {
			return true
		}
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

// scanBool: 0, 1, t, true, f, false in any case.
func (s *scanState) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.errorString("syntax error scanning boolean")
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.errorString("syntax error scanning boolean")
		}
		return false
	}
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	signs             = "+-"
)

func (s *scanState) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// scanNumber reads the digits of a number into buf.
func (s *scanState) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune is %c: the next rune, whatever it is.
func (s *scanState) scanRune(bitSize int) int64 {
	s.notEOF()
	r := int64(s.getRune())
	n := uint(bitSize)
	if (r<<(64-n))>>(64-n) != r {
		s.errorString("overflow on character value " + string(rune(r)))
	}
	return r
}

// scanBasePrefix reads %v's base prefix (0b, 0o, 0x, or 0 for octal);
// base 0 lets strconv read the prefix again.
func (s *scanState) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

func (s *scanState) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(signs)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	if (i<<(64-n))>>(64-n) != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	if (i<<(64-n))>>(64-n) != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken reads what may be a float: nan, [sign]inf, or digits (hex
// after 0x) with a point and an exponent (p after 0x), underscores allowed.
func (s *scanState) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(signs)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(signs)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func hasX(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'x' || s[i] == 'X' {
			return true
		}
	}
	return false
}

// convertFloat parses a float token; a decimal mantissa with a p exponent
// (1.5p3) is the mantissa times a power of two.
func (s *scanState) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		for ; m > 0; m-- {
			f *= 2
		}
		for ; m < 0; m++ {
			f /= 2
		}
		return f
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.error(err)
	}
	return f
}

// convertString: %s and %v read a word, %q a Go string literal, %x and %X
// hex pairs.
func (s *scanState) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

func (s *scanState) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, ok := unquote(string(s.buf))
		if !ok {
			s.error(strconv.ErrSyntax)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

// unquote is strconv.Unquote for a double-quoted literal q (the scanner
// has checked the quotes at both ends and that no other quote is unescaped).
func unquote(q string) (string, bool) {
	q = q[1 : len(q)-1]
	var out []byte
	for len(q) > 0 {
		c := q[0]
		if c == '\n' {
			return "", false
		}
		if c != '\\' {
			r, w := utf8.DecodeRuneInString(q)
			if r == utf8.RuneError && w == 1 {
				out = append(out, c)
			} else {
				out = append(out, q[:w]...)
			}
			q = q[w:]
			continue
		}
		if len(q) < 2 {
			return "", false
		}
		e := q[1]
		q = q[2:]
		switch e {
		case 'a':
			out = append(out, '\a')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, '\v')
		case '\\', '"':
			out = append(out, e)
		case 'x', 'u', 'U':
			n := 2
			if e == 'u' {
				n = 4
			} else if e == 'U' {
				n = 8
			}
			if len(q) < n {
				return "", false
			}
			v := 0
			for i := 0; i < n; i++ {
				d, ok := hexDigit(rune(q[i]))
				if !ok {
					return "", false
				}
				v = v<<4 | d
			}
			q = q[n:]
			if e == 'x' {
				out = append(out, byte(v))
				break
			}
			if v > utf8.MaxRune || (v >= 0xD800 && v < 0xE000) {
				return "", false
			}
			out = utf8.AppendRune(out, rune(v))
		case '0', '1', '2', '3', '4', '5', '6', '7':
			if len(q) < 2 {
				return "", false
			}
			v := int(e - '0')
			for i := 0; i < 2; i++ {
				if q[i] < '0' || q[i] > '7' {
					return "", false
				}
				v = v*8 + int(q[i]-'0')
			}
			if v > 255 {
				return "", false
			}
			q = q[2:]
			out = append(out, byte(v))
		default:
			return "", false
		}
	}
	return string(out), true
}

func hexDigit(d rune) (int, bool) {
	switch {
	case d >= '0' && d <= '9':
		return int(d - '0'), true
	case d >= 'a' && d <= 'f':
		return int(d-'a') + 10, true
	case d >= 'A' && d <= 'F':
		return int(d-'A') + 10, true
	}
	return -1, false
}

func (s *scanState) hexByte() (byte, bool) {
	r1 := s.getRune()
	if r1 == eof {
		return 0, false
	}
	v1, ok := hexDigit(r1)
	if !ok {
		s.UnreadRune()
		return 0, false
	}
	v2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return 0, false
	}
	return byte(v1<<4 | v2), true
}

func (s *scanState) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

func (s *scanState) scanPercent() {
	s.SkipSpace()
	s.notEOF()
	if !s.accept("%") {
		s.errorString("missing literal %")
	}
}

// scanFloat reads a float operand of bitSize bits.
func (s *scanState) scanFloat(verb rune, typ string, bitSize int) float64 {
	if !s.okVerb(verb, "beEfFgGv", typ) {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	return s.convertFloat(s.floatToken(), bitSize)
}

// scanOne scans one operand with verb.
func (s *scanState) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, "float32", 32))
	case *float64:
		*v = s.scanFloat(verb, "float64", 64)
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		s.scanPointee(verb, arg)
	}
}

// The kinds scanPointee handles (reflect's Kind values).
const (
	kindBool    = 1
	kindInt     = 2
	kindInt64   = 6
	kindUint    = 7
	kindUintptr = 12
	kindFloat32 = 13
	kindFloat64 = 14
	kindSlice   = 23
	kindString  = 24
)

// scanKind is the kind of what arg points to and its size in bits (for a
// slice, 8 if it holds bytes); kind 0 for a nil pointer, -1 if arg is not
// a pointer.
func scanKind(arg any) (kind int, bits int)

// The stores through arg (a pointer of scanKind's kind), truncating to the
// pointee's size as reflect's SetInt, SetUint, SetBool, SetFloat do.
func storeInt(arg any, v int64)
func storeFloat(arg any, v float64)
func storeString(arg any, v string)
func storeBytes(arg any, v []byte)

// scanPointee scans an operand that is a pointer to any other type by the
// kind it points to, as Go's scanner does through reflect (so a float
// takes any verb here).
func (s *scanState) scanPointee(verb rune, arg any) {
	kind, bits := scanKind(arg)
	switch {
	case kind == kindBool:
		v := int64(0)
		if s.scanBool(verb) {
			v = 1
		}
		storeInt(arg, v)
	case kind >= kindInt && kind <= kindInt64:
		storeInt(arg, s.scanInt(verb, bits))
	case kind >= kindUint && kind <= kindUintptr:
		storeInt(arg, int64(s.scanUint(verb, bits)))
	case kind == kindString:
		storeString(arg, s.convertString(verb))
	case kind == kindSlice && bits == 8:
		storeBytes(arg, []byte(s.convertString(verb)))
	case kind == kindFloat32 || kind == kindFloat64:
		s.SkipSpace()
		s.notEOF()
		storeFloat(arg, s.convertFloat(s.floatToken(), bits))
	case kind < 0:
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}

// catchScanError turns the panic of a scanning error (or io.EOF) into
// *errp; any other panic goes on.
func catchScanError(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if err, ok := e.(error); ok && err == io.EOF {
			*errp = err
		} else {
			panic(e)
		}
	}
}

// doScan scans the operands with %v; Scanln then wants only spaces up to a
// newline or the end.
func (s *scanState) doScan(a []any) (numProcessed int, err error) {
	defer catchScanError(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the input against the format up to its next verb and
// returns the bytes of format it used: 0 at a verb, -1 if an input rune
// did not match. Spaces in the format match any spaces in the input
// (none too, except in the middle), a newline in the format a newline in
// the input (with spaces around it), %% a percent sign.
func (s *scanState) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// doScanf scans the operands as the format says: a verb may have a width
// (the most runes the operand may take); %c does not skip spaces.
func (s *scanState) doScanf(format string, a []any) (numProcessed int, err error) {
	defer catchScanError(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++
		wid, widPresent := 0, false
		for i < end && format[i] >= '0' && format[i] <= '9' {
			if wid > 1000000 {
				wid, widPresent, i = 0, false, end
				break
			}
			wid = wid*10 + int(format[i]-'0')
			widPresent = true
			i++
		}
		s.maxWid = wid
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, cw := utf8.DecodeRuneInString(format[i:])
		i += cw
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.scanPercent()
			continue
		}
		s.argLimit = hugeWid
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-cw:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = hugeWid
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}
