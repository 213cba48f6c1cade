// ReplaceAllString with Go's $ expansion ($1, ${1}, $name, ${name}, $$, a
// name that is the longest word, unknown names), ReplaceAllLiteralString,
// ReplaceAllStringFunc, Expand and ExpandString, and the empty-match rules
// of ReplaceAll (no replacement right after a match; always advance).
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<first>\w+)\s+(?P<last>\w+)`)
	src := "John Smith, Jane Doe"
	for _, t := range []string{
		"$2 $1", "${2}x$1", "$2x$1", "${last}, ${first}", "$last, $first", "$$1", "$", "$ x",
		"${1", "${}", "$0", "${0}", "$3", "$01", "$1$", "${first}${nope}!", "$first_", "$1é",
		"[$10]", "$-1", "$$", "a$$$1b",
	} {
		fmt.Printf("%q -> %q\n", t, re.ReplaceAllString(src, t))
	}
	fmt.Println(re.ReplaceAllLiteralString(src, "$2 $1"))
	fmt.Println(re.ReplaceAllStringFunc(src, strings.ToUpper))

	for _, c := range []struct{ pat, src, repl string }{
		{`a*`, "baaac", "X"},
		{`a*`, "", "X"},
		{`x*`, "abc", "-"},
		{`b*`, "abbbc", "<$0>"},
		{``, "日本", "|"},
		{`a|`, "bab", "[$0]"},
		{`(a)|b`, "ab", "[$1]"},
		{`\s+`, "  lots   of   space  ", " "},
		{`^`, "line1\nline2", "> "},
		{`(?m)^`, "line1\nline2", "> "},
		{`$`, "abc", "!"},
		{`(?m)$`, "a\nb", ";"},
		{`\b`, "hi there", "|"},
		{`[aeiou]`, "education", "${0}${0}"},
	} {
		re := regexp.MustCompile(c.pat)
		fmt.Printf("%q in %q by %q: %q %q\n", c.pat, c.src, c.repl,
			re.ReplaceAllString(c.src, c.repl), re.ReplaceAllLiteralString(c.src, c.repl))
		fmt.Printf("  func: %q\n", re.ReplaceAllStringFunc(c.src, func(s string) string { return "(" + s + ")" }))
	}

	date := regexp.MustCompile(`(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)`)
	text := "from 2022-06-01 to 1999-12-31"
	var out []byte
	for _, m := range date.FindAllStringSubmatchIndex(text, -1) {
		out = date.ExpandString(out, "$d/$m/$y;", text, m)
	}
	fmt.Println(string(out))
	m := date.FindSubmatchIndex([]byte(text))
	fmt.Println(string(date.Expand([]byte("got: "), []byte("${y}$$"), []byte(text), m)))
	fmt.Println(string(date.Expand(nil, []byte("$1 $4 $9"), []byte(text), m[:4])))
}
