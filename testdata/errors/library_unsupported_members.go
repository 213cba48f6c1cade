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
	_ = strings.NewReplacer("x")      // ERROR "strings.NewReplacer is not supported by mgc \(package strings offers Builder, Compare, IndexByte, .*EqualFold, Reader, NewReader\)"
	_ = strconv.AppendInt(nil, 1, 10) // ERROR "strconv.AppendInt is not supported by mgc \(package strconv offers IntSize, ErrRange, ErrSyntax, NumError, .*Quote.*\)"
	_ = math.Sin(1)                   // ERROR "math.Sin is not supported by mgc \(package math offers E, Pi, .*Min\)"
	sort.SliceX(nil)                  // ERROR "sort.SliceX is not supported by mgc \(package sort offers Interface, Sort, .*\)"
	_ = utf8.AppendRuneX              // ERROR "utf8.AppendRuneX is not supported by mgc \(package unicode/utf8 offers RuneError, .*RuneStart\)"
	_ = strings.isSpace               // ERROR "name isSpace not exported by package strings"
	_ = regexp.MustCompilePOSIX("x")  // ERROR "regexp.MustCompilePOSIX is not supported by mgc \(package regexp offers Regexp, Compile, MustCompile, MatchString, Match, QuoteMeta\)"
	_ = math.Nope                     // ERROR "math.Nope is not supported by mgc"
}
