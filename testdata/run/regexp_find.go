// The Find family over a table of patterns and texts: leftmost-first
// choice, greedy and non-greedy operators, flags, anchors, word boundaries,
// Unicode classes, and Go's rules for empty matches in FindAll.
package main

import (
	"fmt"
	"regexp"
)

var cases = []struct{ pat, text string }{
	{`a+`, "baaab aa"},
	{`a*`, "baaab"},
	{`a*?`, "baaab"},
	{`x*`, "abc"},
	{``, "abc"},
	{`a|ab`, "ab"},
	{`ab|a`, "ab"},
	{`(a|ab)(c|bcd)(d*)`, "abcd"},
	{`(a+)(b+)?`, "aaa aab"},
	{`(?i)hello`, "HeLLo hello HELLO"},
	{`(?s)a.b`, "a\nb"},
	{`a.b`, "a\nb axb"},
	{`(?m)^\w+$`, "one\ntwo\nthree"},
	{`^\w+$`, "one\ntwo"},
	{`\bfoo\b`, "foo foobar barfoo foo"},
	{`\Bo\B`, "foo bob"},
	{`\d+`, "a1b22c333 ٣٤"},
	{`\pL+`, "héllo, wörld 日本語!"},
	{`\p{Greek}+`, "abc αβγ def"},
	{`[[:upper:]]+`, "abcDEFghi"},
	{`[^a-c]+`, "abcdefabc"},
	{`\s+`, "a \t\nb"},
	{`(?U)a+`, "aaa"},
	{`(?U)a+?`, "aaa"},
	{`a{2,3}`, "aaaaaaa"},
	{`a{2,}?`, "aaaa"},
	{`\A\w`, "ab cd"},
	{`\w\z`, "ab cd"},
	{`.`, "日本"},
	{`(\w)(\w)?`, "a bc"},
	{`(?P<year>\d{4})-(?P<month>\d\d)`, "on 2022-06-01 and 1999-12-31"},
	{`\Q.*+\E+`, "a.*+.*+"},
	{`[\d\-]+`, "12-34 x"},
	{`(a*)*`, "b"},
	{`(a*)+`, "b"},
	{`(a|b)*c`, "abac"},
	{`$`, "abc"},
	{`^`, "abc"},
	{`(?m)$`, "a\nb"},
	{`(?m)^`, "a\nb\n"},
	{`b*`, "abbbc"},
	{`日*`, "日日x日"},
	{`[α-ω]+`, "ABC αβγ"},
	{`\x41\x{42}`, "xABx"},
	{`(?i)σ`, "Σσς"},
	{`(?i)k`, "kK\u212a"},
}

func main() {
	for _, c := range cases {
		re := regexp.MustCompile(c.pat)
		fmt.Printf("%q on %q\n", c.pat, c.text)
		fmt.Printf("  MatchString %v\n", re.MatchString(c.text))
		fmt.Printf("  FindString %q\n", re.FindString(c.text))
		fmt.Printf("  FindStringIndex %v\n", re.FindStringIndex(c.text))
		fmt.Printf("  FindStringSubmatch %q\n", re.FindStringSubmatch(c.text))
		fmt.Printf("  FindStringSubmatchIndex %v\n", re.FindStringSubmatchIndex(c.text))
		fmt.Printf("  FindAllString %q\n", re.FindAllString(c.text, -1))
		fmt.Printf("  FindAllString 2 %q\n", re.FindAllString(c.text, 2))
		fmt.Printf("  FindAllStringIndex %v\n", re.FindAllStringIndex(c.text, -1))
		fmt.Printf("  FindAllStringSubmatch %q\n", re.FindAllStringSubmatch(c.text, -1))
		fmt.Printf("  FindAllStringSubmatchIndex %v\n", re.FindAllStringSubmatchIndex(c.text, -1))
		fmt.Printf("  nil? %v %v %v\n", re.FindStringIndex(c.text) == nil, re.FindAllString(c.text, -1) == nil, re.FindStringSubmatch(c.text) == nil)
	}
}
