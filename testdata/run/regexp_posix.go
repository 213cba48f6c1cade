// regexp.CompilePOSIX, MustCompilePOSIX and (*Regexp).Longest: POSIX ERE
// syntax (no Perl classes, flags, non-greedy operators, \b, \A, \z, \Q, \p;
// ^ and $ at line ends; a negated class never matches a newline) with
// go1.19's errors, and leftmost-longest matching.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func compile(expr string) {
	re, err := regexp.CompilePOSIX(expr)
	if err != nil {
		fmt.Printf("%-14q error: %v\n", expr, err)
		return
	}
	fmt.Printf("%-14q ok %d %q\n", expr, re.NumSubexp(), re.String())
}

func find(expr, text string) {
	re := regexp.MustCompilePOSIX(expr)
	fmt.Printf("%-22q %-16q %q %v %q\n", expr, text, re.FindString(text), re.FindStringSubmatchIndex(text),
		re.FindAllString(text, -1))
}

func longest(expr, text string) {
	re := regexp.MustCompile(expr)
	before := re.FindStringSubmatch(text)
	c := re.Copy()
	re.Longest()
	fmt.Printf("%-22q %-14q %q -> %q copy %q all %q\n", expr, text, before, re.FindStringSubmatch(text),
		c.FindStringSubmatch(text), re.FindAllString(text, -1))
}

func main() {
	for _, e := range []string{
		`a|ab`, `(a)(b)`, `[[:alpha:]]+`, `[[:digit:][:space:]]`, `a**`, `a+*`, `a??`, `x{2}{3}`,
		`\x41\x{42}`, `\101`, `\.\*\+\?\(\)\[\]\{\}\|\^\$\\`, `[a-]`, `[-a]`, `[]a]`, `[^]a]`,
		`\d`, `\D`, `\w`, `\W`, `\s`, `\S`, `\b`, `\B`, `\A`, `\z`, `\C`, `\Q.\E`, `\pL`, `\p{Greek}`,
		`\PL`, `[\d]`, `[\w]`, `[\pL]`, `[a-b-c]`, `[a-c-]`, `(?i)a`, `(?:a)`, `(?P<name>a)`,
		`(?s).`, `a*?`, `a+?`, `a??b`, `a{2}?`, `(`, `)`, `[a`, `a{2,1}`, `*`, `a\`, `[z-a]`,
		`[[:foo:]]`, `\8`, `\1`, `\e`, `a{1001}`, "\xff",
	} {
		compile(e)
	}
	for _, c := range [][2]string{
		{`a|ab`, "abc"}, {`ab|a`, "abc"}, {`(a|ab)(c|bcd)`, "abcd"}, {`(a+)(b+)?`, "aab"},
		{`(a*)(a*)`, "aaa"}, {`(a|b)*`, "abba"}, {`(a*)+`, "b"}, {`(a|ab)(bc|c)`, "abc"},
		{`x*`, "xxaxx"}, {`a*|b*`, "bbaa"}, {`(wee|week)(knights|night)`, "weeknights"},
		{`^b`, "a\nb\nbc"}, {`a$`, "a\na\nb"}, {`^$`, "\n\n"}, {`[^a]+`, "bc\nde"},
		{`.+`, "ab\ncd"}, {`[^\n]+`, "xy\nz"}, {`[[:space:]]+`, "a \n\tb"}, {`[^[:alpha:]]+`, "ab12\n34cd"},
		{`(.*)(.*)`, "héllo"}, {`[[:upper:]][[:lower:]]*`, "Hello World"}, {`(a|aa)*`, "aaaa"},
		{`(foo|foobar)(bar)?`, "foobar"}, {`[0-9]+|[0-9]+\.[0-9]+`, "x 3.14 y"},
	} {
		find(c[0], c[1])
	}
	for _, c := range [][2]string{
		{`a|ab`, "abab"}, {`a+?`, "aaa"}, {`(a+?)(a*)`, "aaa"}, {`a(|b)`, "ab"}, {`(?U)a+`, "aaa"},
		{`(a|ab)(c|bcd)(d*)`, "abcd"}, {`\d+|\d+\.\d+`, "pi 3.14159"}, {`\bfo+`, "fooo foo"},
		{`(?s).*?x`, "ax\nbx"}, {`^.*$`, "ab\ncd"}, {`(?m)^.*?$`, "ab\ncd"},
	} {
		longest(c[0], c[1])
	}
	re := regexp.MustCompilePOSIX(`a+|b`)
	fmt.Println(re.ReplaceAllString("caabaab", "<$0>"), re.Split("xaaybzab", -1), re.MatchString("zzz"))
	fmt.Printf("%q\n", re.FindAllStringSubmatchIndex("aab", -1))
	fmt.Println(regexp.MustCompilePOSIX(`(fo|foo)(o*)`).ReplaceAllString("fooo fo", "[$1|$2]"))
	fmt.Printf("%q\n", regexp.MustCompilePOSIX(`[[:alpha:]]+`).FindAll([]byte("ab cd"), -1))
	for _, bad := range []string{`\d+`, "(?i)x", "a\xffb"} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			regexp.MustCompilePOSIX(bad)
		}()
	}
	fmt.Println(strings.Repeat("-", 10))
}
