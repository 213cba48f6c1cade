// mgc-only: go1.19 accepts this program. Members of strings, strconv, math,
// sort, unicode/utf8 and regexp that mini-Go does not offer are rejected with the list
// of what the package offers.
package main

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

func main() {
	_ = strings.ToUpperSpecialX       // ERROR "strings.ToUpperSpecialX is not supported by mgc \(package strings offers Builder, Compare, IndexByte, .*EqualFold, Reader, NewReader, .*ToTitle, ToUpperSpecial, ToLowerSpecial, ToTitleSpecial, .*\)"
	_ = strconv.FormatComplex         // ERROR "strconv.FormatComplex is not supported by mgc \(package strconv offers IntSize, ErrRange, ErrSyntax, NumError, .*Quote.*Unquote.*\)"
	sort.SliceX(nil)                  // ERROR "sort.SliceX is not supported by mgc \(package sort offers Interface, Sort, .*\)"
	_ = utf8.AppendRuneX              // ERROR "utf8.AppendRuneX is not supported by mgc \(package unicode/utf8 offers RuneError, .*RuneStart\)"
	_ = strings.isSpace               // ERROR "name isSpace not exported by package strings"
	_ = regexp.MatchReader            // ERROR "regexp.MatchReader is not supported by mgc \(package regexp offers Regexp, Compile, CompilePOSIX, MustCompile, MustCompilePOSIX, MatchString, Match, QuoteMeta\)"
	_ = math.Nope                     // ERROR "math.Nope is not supported by mgc \(package math offers E, Pi, .*Sincos, .*Erfcinv, J0, .*Yn, .*Pow10\)"
}
