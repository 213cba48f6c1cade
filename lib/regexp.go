// Package regexp: regular expressions with Go's RE2 syntax and leftmost-first
// semantics (docs/LOWERING.md lists the API).
//
// Parsing and matching are Debian's RE2 (runtime/regexp.cc behind the
// bodiless re2* functions), the engine Go's regexp was written after: same
// syntax, same leftmost-first choice among matches, same submatch rules.
// What is Go's own is here: the error values (*syntax.Error with go1.19's
// codes), the walk over successive matches of FindAll, ReplaceAll and Split
// (an empty match right after a match is skipped; the search always
// advances by at least one rune), $-expansion, QuoteMeta, invalid UTF-8
// in the text read as U+FFFD (input); and Go 1.19's Unicode classes
// (runtime/regexp.cc).
package regexp

import (
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// re2compile compiles expr in mode (the bits below): the program, or 0 with
// RE2's error code (1..15, see errorCodes) and the part of expr it blames.
func re2compile(expr string, mode int) (prog uintptr, code int, arg string)

// The bits of re2compile's mode (keep in sync with runtime/regexp.cc).
const (
	modePOSIX   = 1 // POSIX ERE syntax (Go's syntax.POSIX flags), else syntax.Perl
	modeLongest = 2 // leftmost-longest matching, else leftmost-first
)

// re2groups is the number of capturing groups of prog.
func re2groups(prog uintptr) int

// re2groupName is the name of capturing group i of prog, "" if unnamed.
func re2groupName(prog uintptr, i int) string

// re2match looks for the leftmost-first match of prog in s at or after byte
// pos (s[:pos] is context for ^, \b, \A). On a match it fills loc (an even
// length, possibly 0) with the offsets of the match and of its first groups,
// -1 for a group that did not participate.
func re2match(prog uintptr, s string, pos int, loc []int) bool

// Regexp is the representation of a compiled regular expression.
type Regexp struct {
	expr        string
	mode        int // modePOSIX, modeLongest
	prog        uintptr
	numSubexp   int
	subexpNames []string
}

// errorCodes is go1.19's code for each of RE2's error codes.
var errorCodes = []syntax.ErrorCode{
	syntax.ErrInternalError,         // 0 (not an error)
	syntax.ErrInternalError,         // ErrorInternal
	syntax.ErrInvalidEscape,         // ErrorBadEscape
	syntax.ErrInvalidCharClass,      // ErrorBadCharClass
	syntax.ErrInvalidCharRange,      // ErrorBadCharRange
	syntax.ErrMissingBracket,        // ErrorMissingBracket
	syntax.ErrMissingParen,          // ErrorMissingParen
	syntax.ErrUnexpectedParen,       // ErrorUnexpectedParen
	syntax.ErrTrailingBackslash,     // ErrorTrailingBackslash
	syntax.ErrMissingRepeatArgument, // ErrorRepeatArgument
	syntax.ErrInvalidRepeatSize,     // ErrorRepeatSize
	syntax.ErrInvalidRepeatOp,       // ErrorRepeatOp
	syntax.ErrInvalidPerlOp,         // ErrorBadPerlOp
	syntax.ErrInvalidUTF8,           // ErrorBadUTF8
	syntax.ErrInvalidNamedCapture,   // ErrorBadNamedCapture
	syntax.ErrInternalError,         // ErrorPatternTooLarge
}

// Compile parses a regular expression and returns, if successful, a Regexp
// that can be used to match against text.
func Compile(expr string) (*Regexp, error) {
	return compile(expr, 0)
}

// CompilePOSIX is like Compile but restricts the regular expression to
// POSIX ERE (egrep) syntax and changes the match semantics to
// leftmost-longest.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compile(expr, modePOSIX|modeLongest)
}

// compile is Compile and CompilePOSIX: RE2 parses and compiles, except that
// Go rejects \C, which RE2's Perl syntax accepts.
func compile(expr string, mode int) (*Regexp, error) {
	prog, code, arg := re2compile(expr, mode)
	if prog == 0 {
		return nil, parseError(expr, code, arg)
	}
	if mode&modePOSIX == 0 && hasByteEscape(expr) {
		return nil, &syntax.Error{Code: syntax.ErrInvalidEscape, Expr: `\C`}
	}
	re := &Regexp{expr: expr, mode: mode, prog: prog, numSubexp: re2groups(prog)}
	re.subexpNames = make([]string, re.numSubexp+1)
	for i := 1; i <= re.numSubexp; i++ {
		re.subexpNames[i] = re2groupName(prog, i)
	}
	return re, nil
}

// parseError is Go's error for RE2's code and argument. Both blame the same
// part of the pattern, except that Go gives the whole expression for an
// internal error (a pattern too large) and, for invalid UTF-8, the rest
// of the pattern from the first bad byte, where RE2 gives nothing.
func parseError(expr string, code int, arg string) error {
	c := syntax.ErrInternalError
	if code >= 0 && code < len(errorCodes) {
		c = errorCodes[code]
	}
	switch c {
	case syntax.ErrInternalError:
		arg = expr
	case syntax.ErrInvalidUTF8:
		arg = expr[firstInvalidUTF8(expr):]
	}
	return &syntax.Error{Code: c, Expr: arg}
}

// firstInvalidUTF8 is the offset of the first byte of s that does not start
// a valid UTF-8 encoding (len(s) if none).
func firstInvalidUTF8(s string) int {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			break
		}
		i += w
	}
	return i
}

// hasByteEscape reports whether expr uses \C (any byte), which RE2 accepts
// and Go rejects as an invalid escape.
func hasByteEscape(expr string) bool {
	for i := 0; i+1 < len(expr); i++ {
		if expr[i] != '\\' {
			continue
		}
		i++
		if expr[i] == 'C' {
			return true
		}
		if expr[i] == 'Q' {
			// \Q...\E is literal text.
			end := strings.Index(expr[i:], `\E`)
			if end < 0 {
				return false
			}
			i += end + 1
		}
	}
	return false
}

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is like CompilePOSIX but panics if the expression cannot
// be parsed.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// Longest makes future searches prefer leftmost-longest matches: the
// pattern is compiled again by RE2 with that option (its syntax is
// unchanged, so it compiles). A Copy made before is not affected.
func (re *Regexp) Longest() {
	if re.mode&modeLongest != 0 {
		return
	}
	re.mode |= modeLongest
	re.prog, _, _ = re2compile(re.expr, re.mode)
}

// quote is str between backquotes if it can be, else strconv.Quote's.
func quote(s string) string {
	if canBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// canBackquote is strconv.CanBackquote: one line, no control characters
// other than tab, no backquote, valid UTF-8 without U+FEFF.
func canBackquote(s string) bool {
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		s = s[w:]
		if w > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

// MatchString reports whether the string s contains any match of the
// regular expression pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of the regular
// expression pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// QuoteMeta returns a string that escapes all regular expression
// metacharacters inside the argument text.
func QuoteMeta(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	if len(b) == len(s) {
		return s
	}
	return string(b)
}

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string {
	return re.expr
}

// Copy returns a new Regexp object copied from re.
func (re *Regexp) Copy() *Regexp {
	re2 := *re
	return &re2
}

// NumSubexp returns the number of parenthesized subexpressions.
func (re *Regexp) NumSubexp() int {
	return re.numSubexp
}

// SubexpNames returns the names of the parenthesized subexpressions; the
// name of the whole expression, names[0], is always "".
func (re *Regexp) SubexpNames() []string {
	return re.subexpNames
}

// SubexpIndex returns the index of the first subexpression with the given
// name, or -1 if there is none.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// input is a text as RE2 is given it. Go's matcher reads a byte that does
// not start a valid UTF-8 encoding as U+FFFD, one byte wide, which `.`,
// [^a] and \x{fffd} match; RE2 matches only valid UTF-8. So an invalid
// text is given to RE2 with each such byte replaced by U+FFFD's encoding,
// and offsets are mapped between the two.
type input struct {
	text   string // what RE2 matches
	toText []int  // offset in the Go text -> offset in text; nil if the same
	toGo   []int  // offset in text -> offset in the Go text
}

// validUTF8 is utf8.ValidString, in C for speed (runtime/regexp.cc).
func validUTF8(s string) bool

func newInput(s string) *input {
	in := &input{text: s}
	if validUTF8(s) {
		return in
	}
	var b []byte
	in.toText = make([]int, len(s)+1)
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < w; k++ {
			in.toText[i+k] = len(b)
		}
		if r == utf8.RuneError && w == 1 {
			b = append(b, "\uFFFD"...)
		} else {
			b = append(b, s[i:i+w]...)
		}
		for len(in.toGo) < len(b) {
			in.toGo = append(in.toGo, i)
		}
		i += w
	}
	in.toText[len(s)] = len(b)
	in.toGo = append(in.toGo, len(s))
	in.text = string(b)
	return in
}

// exec is the leftmost match in the text of in at or after pos (an offset
// in the Go text) with the first ncap-1 groups: 2*ncap offsets in the Go
// text, or nil.
func (re *Regexp) exec(in *input, pos int, ncap int) []int {
	if in.toText != nil {
		pos = in.toText[pos]
	}
	loc := make([]int, 2*ncap)
	if !re2match(re.prog, in.text, pos, loc) {
		return nil
	}
	if in.toGo != nil {
		for i, off := range loc {
			if off >= 0 {
				loc[i] = in.toGo[off]
			}
		}
	}
	return loc
}

// MatchString reports whether the string s contains any match of re.
func (re *Regexp) MatchString(s string) bool {
	return re.exec(newInput(s), 0, re.matchCaps()) != nil
}

// Match reports whether the byte slice b contains any match of re.
func (re *Regexp) Match(b []byte) bool {
	return re.exec(newInput(string(b)), 0, re.matchCaps()) != nil
}

// matchCaps is what a yes-or-no match asks of re2match: no offsets, or the
// match's when RE2 needs them to skip a \B match inside a rune.
func (re *Regexp) matchCaps() int {
	if strings.Contains(re.expr, `\B`) {
		return 1
	}
	return 0
}

// FindString returns the text of the leftmost match in s, "" if none.
func (re *Regexp) FindString(s string) string {
	a := re.exec(newInput(s), 0, 1)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns the location of the leftmost match in s, nil if none.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	return re.exec(newInput(s), 0, 1)
}

// FindStringSubmatch returns the texts of the leftmost match and of its
// subexpressions ("" for one that did not participate), nil if none.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.exec(newInput(s), 0, re.numSubexp+1)
	if a == nil {
		return nil
	}
	return submatchStrings(s, a)
}

func submatchStrings(s string, a []int) []string {
	ret := make([]string, len(a)/2)
	for i := range ret {
		if a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

// FindStringSubmatchIndex returns the index pairs of the leftmost match and
// of its subexpressions, nil if none.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.exec(newInput(s), 0, re.numSubexp+1)
}

// allMatches calls deliver with the successive matches of re in s (ncap
// offsets pairs each), at most n times (all if n < 0). An empty match
// right after the previous match is not a match; after an empty match the
// search resumes one rune further.
func (re *Regexp) allMatches(s string, n int, ncap int, deliver func([]int)) {
	if n < 0 {
		n = len(s) + 1
	}
	in := newInput(s)
	pos, count, prevEnd := 0, 0, -1
	for count < n && pos <= len(s) {
		a := re.exec(in, pos, ncap)
		if a == nil {
			break
		}
		accept := true
		if a[1] == pos {
			if a[0] == prevEnd {
				accept = false
			}
			if pos < len(s) {
				_, w := utf8.DecodeRuneInString(s[pos:])
				pos += w
			} else {
				pos = len(s) + 1
			}
		} else {
			pos = a[1]
		}
		prevEnd = a[1]
		if accept {
			deliver(a)
			count++
		}
	}
}

// FindAllString returns the texts of the successive matches in s, at most n
// (all if n < 0), nil if none.
func (re *Regexp) FindAllString(s string, n int) []string {
	var result []string
	re.allMatches(s, n, 1, func(a []int) {
		result = append(result, s[a[0]:a[1]])
	})
	return result
}

// FindAllStringIndex returns the locations of the successive matches in s.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var result [][]int
	re.allMatches(s, n, 1, func(a []int) {
		result = append(result, a)
	})
	return result
}

// FindAllStringSubmatch returns FindStringSubmatch's texts for the
// successive matches in s.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var result [][]string
	re.allMatches(s, n, re.numSubexp+1, func(a []int) {
		result = append(result, submatchStrings(s, a))
	})
	return result
}

// FindAllStringSubmatchIndex returns FindStringSubmatchIndex's pairs for the
// successive matches in s.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var result [][]int
	re.allMatches(s, n, re.numSubexp+1, func(a []int) {
		result = append(result, a)
	})
	return result
}

// replaceAll copies src with each match replaced by what repl appends for
// it (given ncap groups). An empty match right after a match is not
// replaced; the search advances by at least one rune each time.
func (re *Regexp) replaceAll(src string, ncap int, repl func(dst []byte, a []int) []byte) []byte {
	var buf []byte
	in := newInput(src)
	lastEnd, pos := 0, 0
	for pos <= len(src) {
		a := re.exec(in, pos, ncap)
		if a == nil {
			break
		}
		buf = append(buf, src[lastEnd:a[0]]...)
		if a[1] > lastEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastEnd = a[1]
		w := 0
		if pos < len(src) {
			_, w = utf8.DecodeRuneInString(src[pos:])
		}
		if pos+w > a[1] {
			pos += w
		} else if pos+1 > a[1] {
			pos++
		} else {
			pos = a[1]
		}
	}
	return append(buf, src[lastEnd:]...)
}

// ReplaceAllString returns a copy of src with the matches of re replaced by
// repl, in which $ signs are expanded as by Expand.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	ncap := 1
	if strings.Contains(repl, "$") {
		ncap = re.numSubexp + 1
	}
	return string(re.replaceAll(src, ncap, func(dst []byte, a []int) []byte {
		return re.expand(dst, repl, src, a)
	}))
}

// ReplaceAllLiteralString returns a copy of src with the matches of re
// replaced by repl, taken literally.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, 1, func(dst []byte, a []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc returns a copy of src with each match of re replaced
// by what repl returns for its text, taken literally.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replaceAll(src, 1, func(dst []byte, a []int) []byte {
		return append(dst, repl(src[a[0]:a[1]])...)
	}))
}

// ExpandString appends template to dst with $n, ${n}, $name and ${name}
// replaced by the submatches of match in src, and $$ by $.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

// Expand is ExpandString over byte slices.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// expand: a name is the longest run of letters, digits and _ (so $1x is the
// group named 1x); a number names a group by index; a name no group has, or
// a group that did not participate, expands to nothing; a $ not followed
// by a valid name is kept as is.
func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for {
		i := strings.IndexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extractName(template)
		if !ok {
			dst = append(dst, '$')
			continue
		}
		template = rest
		group := num
		if num < 0 {
			for j, nj := range re.subexpNames {
				if name == nj && 2*j+1 < len(match) && match[2*j] >= 0 {
					group = j
					break
				}
			}
		}
		if group >= 0 && 2*group+1 < len(match) && match[2*group] >= 0 {
			dst = append(dst, src[match[2*group]:match[2*group+1]]...)
		}
	}
	return append(dst, template...)
}

// extractName reads the name (or {name}) at the start of str; num is its
// value if it is a number without leading zeros (below 1e8 digits), else -1.
func extractName(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return "", 0, "", false
	}
	brace := str[0] == '{'
	if brace {
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		r, w := utf8.DecodeRuneInString(str[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += w
	}
	if i == 0 {
		return "", 0, "", false
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			return "", 0, "", false
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || name[j] > '9' || num >= 100000000 {
			num = -1
			break
		}
		num = num*10 + int(name[j]-'0')
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	return name, num, str[i:], true
}

// Split slices s into the substrings between the matches of re: at most n
// (the last one the unsplit remainder) if n > 0, none if n == 0, all if
// n < 0. An empty match at the start does not make an empty first piece.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	pieces := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(pieces) >= n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			pieces = append(pieces, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		pieces = append(pieces, s[beg:])
	}
	return pieces
}

// ---- The byte-slice forms: the string forms over string(b), slices of b.

// Find returns the leftmost match in b, nil if none.
func (re *Regexp) Find(b []byte) []byte {
	a := re.exec(newInput(string(b)), 0, 1)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns the location of the leftmost match in b, nil if none.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	return re.exec(newInput(string(b)), 0, 1)
}

// FindSubmatch returns the leftmost match in b and its subexpressions (nil
// for one that did not participate), nil if none.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.exec(newInput(string(b)), 0, re.numSubexp+1)
	if a == nil {
		return nil
	}
	return submatchSlices(b, a)
}

func submatchSlices(b []byte, a []int) [][]byte {
	ret := make([][]byte, len(a)/2)
	for i := range ret {
		if a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// FindSubmatchIndex returns the index pairs of the leftmost match in b and
// of its subexpressions, nil if none.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.exec(newInput(string(b)), 0, re.numSubexp+1)
}

// FindAll returns the successive matches in b, at most n (all if n < 0).
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var result [][]byte
	re.allMatches(string(b), n, 1, func(a []int) {
		result = append(result, b[a[0]:a[1]:a[1]])
	})
	return result
}

// FindAllIndex returns the locations of the successive matches in b.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return re.FindAllStringIndex(string(b), n)
}

// FindAllSubmatch returns FindSubmatch's slices for the successive matches.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var result [][][]byte
	re.allMatches(string(b), n, re.numSubexp+1, func(a []int) {
		result = append(result, submatchSlices(b, a))
	})
	return result
}

// FindAllSubmatchIndex returns FindSubmatchIndex's pairs for the successive
// matches in b.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

// ReplaceAll returns a copy of src with the matches of re replaced by repl,
// $ signs expanded as by Expand.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s, r := string(src), string(repl)
	ncap := 1
	if strings.Contains(r, "$") {
		ncap = re.numSubexp + 1
	}
	return re.replaceAll(s, ncap, func(dst []byte, a []int) []byte {
		return re.expand(dst, r, s, a)
	})
}

// ReplaceAllLiteral returns a copy of src with the matches of re replaced by
// repl, taken literally.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(string(src), 1, func(dst []byte, a []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc returns a copy of src with each match replaced by what
// repl returns for it, taken literally.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(string(src), 1, func(dst []byte, a []int) []byte {
		return append(dst, repl(src[a[0]:a[1]:a[1]])...)
	})
}
