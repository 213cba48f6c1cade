// \B between the bytes of a multi-byte rune: RE2 tries matches at every
// byte, Go at every rune, so an empty match inside a rune is not one (nor
// for MatchString: `\B` does not match "a日b").
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`\B`, `a\B`, `\b`, `a\b`, `\Bα`, `\bα`, `(?:\B)`, `x*\B`, `\B|日`} {
		re := regexp.MustCompile(p)
		for _, s := range []string{"aα", "a日", "a\xff", "α", "ab", "a b", "a日b", "日本語"} {
			fmt.Printf("%q %q %v %v %q\n", p, s, re.MatchString(s), re.FindAllStringIndex(s, -1), re.ReplaceAllString(s, "|"))
		}
	}
}
