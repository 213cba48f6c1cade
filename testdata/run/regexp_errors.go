// The errors of patterns that do not parse: go1.19's codes and the part of
// the pattern each blames, as *syntax.Error.
package main

import (
	"fmt"
	"regexp"
)

var bad = []string{
	`(abc`,
	`a(b(c)d`,
	`abc)`,
	`a)b(c`,
	`[abc`,
	`[a-`,
	`x[^`,
	`[]`,
	`[z-a]`,
	`a[b-a]c`,
	`*`,
	`a**`,
	`a*+`,
	`a??+`,
	`+a`,
	`(?i)*`,
	`(|*)`,
	`a{1001}`,
	`a{2,1}`,
	`a{1000,1001}`,
	`x{1001,}`,
	`\`,
	`abc\`,
	`\8`,
	`\C`,
	`a\Cb`,
	`\z\Z`,
	`\e`,
	`[\e]`,
	`\pX`,
	`\p{Nope}`,
	`[\p{Nope}]`,
	`[[:nope:]]`,
	`(?<name>a)`,
	`(?P<name>a)(?P<name>b)`,
	`(?P<>a)`,
	`(?P<a-b>x)`,
	`(?P<name`,
	`(?P=name)`,
	`(?z)`,
	`(?i`,
	`(?`,
	`(?i-)`,
	`(?-)`,
	`(?#comment)`,
	`x{2}{3}`,
	`a**b`,
	"\xff",
	"a\xffb",
	"[\xff]",
	`\x{110000}`,
	`\x{zz}`,
	`[a-\d]`,
	`[\d-z]`,
	`\1`,
	`(a)\1`,
	`a{,5}`,
	`((((a`,
	`())`,
	`[[:alpha:]-z]`,
	`\Qabc`,
	"`back`quote(",
	"tab\there(",
	"new\nline(",
}

func main() {
	for _, p := range bad {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: %T %v\n", p, err, err)
		} else {
			fmt.Printf("%q: compiles, %d groups: %q\n", p, re.NumSubexp(), re.FindString("abc"))
		}
		_, err = regexp.MatchString(p, "abc")
		fmt.Println("  MatchString:", err)
	}
	for _, p := range bad[:6] {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			regexp.MustCompile(p)
		}()
	}
	for _, p := range bad[len(bad)-3:] {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			regexp.MustCompile(p)
		}()
	}
}
