// timeout: 60

package main

import (
	"fmt"
	"unicode"
)

// Every predicate and mapping of package unicode over every rune (and some
// beyond): a count and a checksum per function, and the first runes where a
// predicate holds, so any difference from go1.19 shows.
func main() {
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower}, {"IsTitle", unicode.IsTitle},
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsMark", unicode.IsMark}, {"IsSymbol", unicode.IsSymbol}, {"IsPunct", unicode.IsPunct},
		{"IsSpace", unicode.IsSpace}, {"IsControl", unicode.IsControl}, {"IsPrint", unicode.IsPrint},
		{"IsGraphic", unicode.IsGraphic},
		{"Is(Space)", func(r rune) bool { return unicode.Is(unicode.Space, r) }},
		{"In(Lu,Nd)", func(r rune) bool { return unicode.In(r, unicode.Lu, unicode.Nd) }},
	}
	for _, p := range preds {
		count := 0
		var sum uint64
		var first []rune
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if p.f(r) {
				count++
				sum = sum*1000003 + uint64(r)
				if len(first) < 6 && r > 0x7f {
					first = append(first, r)
				}
			}
		}
		fmt.Printf("%-10s %7d %016x %U\n", p.name, count, sum, first)
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{
		{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold},
		{"To(Title)", func(r rune) rune { return unicode.To(unicode.TitleCase, r) }},
	}
	for _, m := range maps {
		changed := 0
		var sum uint64
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if t := m.f(r); t != r {
				changed++
				sum = sum*1000003 + uint64(r)*7 + uint64(t)
			}
		}
		fmt.Printf("%-10s %7d %016x\n", m.name, changed, sum)
	}
	fmt.Println(unicode.To(7, 'a') == unicode.ReplacementChar, unicode.MaxRune, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(len(unicode.Letter.R16), len(unicode.Letter.R32), unicode.Letter.LatinOffset, unicode.Upper.R16[0], unicode.Title.R32 == nil)
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, 'x'), len(unicode.GraphicRanges), len(unicode.PrintRanges))
	fmt.Printf("%c %c %c %c\n", unicode.ToUpper('ǆ'), unicode.ToTitle('ǆ'), unicode.ToLower('Σ'), unicode.SimpleFold('K'))
}
