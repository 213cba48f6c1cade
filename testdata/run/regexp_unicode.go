// Unicode classes hold Go 1.19's runes (Unicode 13.0.0), not those of the
// later Unicode of RE2's own tables: \pL, \p{Greek}, \PL, \p{^Han}, classes
// inside brackets, negated, and under (?i); a script Go 1.19 does not know
// is an error.
// timeout: 30
package main

import (
	"fmt"
	"regexp"
)

func main() {
	classes := []string{
		`\pL`, `\pN`, `\p{Lu}`, `\p{Ll}`, `\p{Lt}`, `\pP`, `\pS`, `\p{Sc}`, `\pM`, `\pZ`, `\pC`, `\p{Cf}`, `\p{Co}`,
		`\p{Greek}`, `\p{Han}`, `\p{Cyrillic}`, `\p{Arabic}`, `\p{Latin}`, `\p{Common}`, `\p{Inherited}`,
		`\PL`, `\P{Greek}`, `\p{^Han}`, `\P{^Nd}`, `[\pL\pN]`, `[^\pL]`, `[\PL]`, `[^\P{Lu}]`, `[a\p{Greek}0-9]`,
		`(?i)\p{Lu}`, `(?i)[\p{Ll}]`, `[[:alpha:]\p{Nd}]`, `\p{Any}`, `\pL+?`, `\Q\pL\E`, `\\pL`,
		`[\]\pN]`, `[]\pN]`, `[^]\pN]`,
	}
	// Every rune once, in order: the runs of a class's matches in it are
	// the class's ranges.
	var all []rune
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r < 0xD800 || r > 0xDFFF {
			all = append(all, r)
		}
	}
	text := string(all)
	for _, c := range classes {
		runs := regexp.MustCompile(`(?:` + c + `)+`).FindAllStringIndex(text, -1)
		size, sum := 0, 0
		for _, m := range runs {
			size += m[1] - m[0]
			sum = (sum*31 + m[0]*7 + m[1]) % 1000000007
		}
		fmt.Println(c, len(runs), size, sum)
	}
	fmt.Println(regexp.MustCompile(`\pL+`).FindAllString("ab1 αβ2 日本3 \U0001E900\U0001E901", -1))
	fmt.Println(regexp.MustCompile(`\\p{Greek}|\p{Greek}`).FindAllString(`\p{Greek} α`, -1))
	for _, p := range []string{`\p{Vithkuqi}`, `[\p{Toto}]`, `\p{Greek}\p{Cypro_Minoan}`, `\p{Nope}`, `\pX`, `\p{Greek`, `\pL(`} {
		_, err := regexp.Compile(p)
		fmt.Println(err)
	}
}
