// A text that is not valid UTF-8: Go's matcher reads each byte that does
// not start a valid encoding as U+FFFD, one byte wide, so `.`, [^a],
// \x{fffd} and \PL match it, offsets count it as one byte, and empty
// matches step over it one byte at a time.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	texts := []string{"a\xffb", "\xff", "\xe6\x97", "x\xc0\x80y", "日\xff本", "\xed\xa0\x80z", "ok \xfe\xff ok", "\xf0\x9f\x98"}
	pats := []string{`.`, `a.b`, `[^a]`, `\x{fffd}`, `.+`, `(?s).`, `\PL`, `\pL+`, `(.)(.)`, `\b`, `x*`, `(?i)[^\x00-\x7f]`, `\w+`, ``}
	for _, s := range texts {
		for _, p := range pats {
			re := regexp.MustCompile(p)
			fmt.Printf("%q %q: %v %q %v %v\n", p, s, re.MatchString(s), re.FindAllString(s, -1),
				re.FindAllStringIndex(s, -1), re.FindStringSubmatchIndex(s))
		}
		fmt.Printf("  replace %q %q\n", regexp.MustCompile(`x*`).ReplaceAllString(s, "-"), regexp.MustCompile(`.`).ReplaceAllString(s, "<$0>"))
		fmt.Printf("  split %q\n", regexp.MustCompile(`\x{fffd}`).Split(s, -1))
		fmt.Printf("  bytes %q %q\n", regexp.MustCompile(`[^ ]+`).FindAll([]byte(s), -1), regexp.MustCompile(`\PL`).ReplaceAll([]byte(s), []byte("?")))
	}
}
