// Split with every kind of n, empty matches (at the start, everywhere),
// an empty text, and QuoteMeta, String, NumSubexp, SubexpNames, SubexpIndex,
// Copy and the package-level MatchString and Match.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, c := range []struct {
		pat, s string
	}{
		{`,`, "a,b,c"},
		{`,`, ",a,,b,"},
		{`\s*,\s*`, "a , b,c ,d"},
		{`x*`, "axbxxc"},
		{``, "abc"},
		{``, ""},
		{`a`, ""},
		{`a*`, "baaac"},
		{`^`, "abc"},
		{`$`, "abc"},
		{`b`, "abc"},
		{`c`, "abc"},
		{`a`, "abc"},
		{`[,;]`, "日,本;語"},
	} {
		re := regexp.MustCompile(c.pat)
		for _, n := range []int{-1, 0, 1, 2, 3, 10} {
			parts := re.Split(c.s, n)
			fmt.Printf("%q.Split(%q, %d) = %q len %d nil %v\n", c.pat, c.s, n, parts, len(parts), parts == nil)
		}
	}

	for _, s := range []string{"", "abc", `1.5+2=3.5?`, `[a-z]*\d{2}|(x)^$`, "日本.語"} {
		q := regexp.QuoteMeta(s)
		fmt.Printf("QuoteMeta(%q) = %q, matches itself: %v\n", s, q, regexp.MustCompile("^"+q+"$").MatchString(s))
	}

	re := regexp.MustCompile(`(?P<key>\w+)=(\w+)(?:;(?P<rest>.*))?`)
	fmt.Println(re.String(), re, re.NumSubexp())
	fmt.Printf("%q\n", re.SubexpNames())
	fmt.Println(re.SubexpIndex("key"), re.SubexpIndex("rest"), re.SubexpIndex("nope"), re.SubexpIndex(""))
	cp := re.Copy()
	fmt.Println(cp.String(), cp.FindStringSubmatch("a=1;b=2"))
	fmt.Println(regexp.MustCompile(`a(?:b)c`).NumSubexp(), regexp.MustCompile(`(a)(b(c))`).NumSubexp())

	ok, err := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`^\d+$`, "12a45")
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`b+`, []byte("abbc"))
	fmt.Println(ok, err)
	ok, err = regexp.Match(`[`, []byte("abbc"))
	fmt.Println(ok, err)
}
