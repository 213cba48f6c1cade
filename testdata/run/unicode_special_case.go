// unicode.SpecialCase: TurkishCase and AzeriCase, a program's own
// SpecialCase (with an UpperLower range), CaseRanges and the Special forms
// of strings' and bytes' case mapping.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	runes := []rune{'i', 'I', 'ı', 'İ', 'a', 'Z', 'ǅ', 'ǆ', 'Ǆ', 'ß', 'µ', 'Ω', 0x10400, -1, 0x110000}
	for _, r := range runes {
		t := unicode.TurkishCase
		fmt.Printf("%U %#U %#U %#U\n", r, t.ToUpper(r), t.ToLower(r), t.ToTitle(r))
	}
	fmt.Println(len(unicode.TurkishCase), len(unicode.AzeriCase), unicode.TurkishCase[1], unicode.AzeriCase[3])
	fmt.Printf("%v %T %T\n", unicode.TurkishCase[0], unicode.TurkishCase, unicode.TurkishCase[0])
	fmt.Println(unicode.UpperLower, unicode.MaxCase)

	// A program's own table: 'a'..'f' swap to 'A'..'F' alternately, 'x' maps far.
	mine := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'f', Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
		unicode.CaseRange{Lo: 'x', Hi: 'x', Delta: [unicode.MaxCase]rune{1, -1, 2}},
	}
	for r := 'a'; r <= 'g'; r++ {
		fmt.Printf("%c%c%c%c ", r, mine.ToUpper(r), mine.ToLower(r), mine.ToTitle(r))
	}
	fmt.Printf("%c%c%c\n", mine.ToUpper('x'), mine.ToLower('x'), mine.ToTitle('x'))
	var empty unicode.SpecialCase
	fmt.Printf("%c %c %c\n", empty.ToUpper('q'), empty.ToLower('Q'), empty.ToTitle('ǆ'))

	s := "Istanbul iğne İyi ılık DİYARBAKIR ǆemal \xff end"
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, s))
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, s))
	fmt.Println(strings.ToTitleSpecial(unicode.AzeriCase, s))
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.ToUpperSpecial(mine, "abcdefgxyz"), strings.ToLowerSpecial(mine, "ABCDEFxX"))
	b := []byte(s)
	fmt.Printf("%s\n%s\n%s\n", bytes.ToUpperSpecial(unicode.TurkishCase, b), bytes.ToLowerSpecial(unicode.TurkishCase, b), bytes.ToTitleSpecial(unicode.TurkishCase, b))
	fmt.Printf("%q %v\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte{}), bytes.ToLowerSpecial(unicode.TurkishCase, nil) == nil)
	fmt.Println(string(b) == s)

	// The general table: every range, and each rune's mappings through it agree
	// with unicode.To.
	n, sum := 0, 0
	for _, cr := range unicode.CaseRanges {
		n++
		sum += int(cr.Lo) + 3*int(cr.Hi) + int(cr.Delta[0]) + 5*int(cr.Delta[1]) + 7*int(cr.Delta[2])
	}
	fmt.Println(n, sum, unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	all := unicode.SpecialCase(unicode.CaseRanges)
	bad := 0
	for r := rune(0); r < 0x20000; r++ {
		if all.ToUpper(r) != unicode.ToUpper(r) || all.ToLower(r) != unicode.ToLower(r) || all.ToTitle(r) != unicode.ToTitle(r) {
			bad++
		}
	}
	fmt.Println("mismatches", bad)
}
