// strings: SplitAfterN, IndexFunc, LastIndexFunc, LastIndexAny, Clone,
// Title, ToTitle, ToValidUTF8 and Replacer (argument-order priority, empty
// old strings, WriteString), and their bytes counterparts.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"unicode"
)

func main() {
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		fmt.Printf("%q %q\n", strings.SplitAfterN("a,b,c,d", ",", n), strings.SplitAfterN("abc", "", n))
	}
	isDigit := func(r rune) bool { return '0' <= r && r <= '9' }
	for _, s := range []string{"", "abc", "a1b2c3", "héllo wörld 42", "\xff1\xfe"} {
		fmt.Println(strings.IndexFunc(s, isDigit), strings.LastIndexFunc(s, isDigit),
			strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, func(r rune) bool { return r == 0xFFFD }),
			strings.LastIndexAny(s, "lo"), strings.LastIndexAny(s, ""), strings.LastIndexAny(s, "ö\xff"), strings.LastIndexAny(s, "x"))
	}
	fmt.Println(strings.LastIndexAny("a\xffb", "\xfe"), strings.LastIndexAny("\xff", "\xfe"), strings.LastIndexAny("a", "ba"), strings.LastIndexAny("héhéxxxxxxxx", "h"))
	c := strings.Clone("clone me")
	fmt.Println(c, strings.Clone("") == "")

	for _, s := range []string{"hello world", "hello-world_foo bar.baz", "ǆemal ǳ", "çà et là", "x1y 2z", "ΑΒΓ αβγ", "\xffabc", "o'neil is_here", "ß straße"} {
		fmt.Printf("%q %q %q\n", strings.Title(s), strings.ToTitle(s), string(bytes.Title([]byte(s))))
	}
	for _, s := range []string{"abc", "a\xffb", "a\xff\xfeb\xc0", "\xed\xa0\x80x", "é\xe2\x82", ""} {
		fmt.Printf("%q %q %q\n", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""), bytes.ToValidUTF8([]byte(s), []byte("\uFFFD")))
	}

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("This is <b>HTML</b> & more"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaaa"), strings.NewReplacer("aa", "2", "a", "1").Replace("aaa"))
	fmt.Println(strings.NewReplacer("a", "1", "a", "2").Replace("banana"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace(""))
	fmt.Printf("%q\n", strings.NewReplacer("", "-", "b", "B").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("b", "B", "", "-").Replace("abbc"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace("é"))
	fmt.Printf("%q\n", strings.NewReplacer().Replace("nothing"))
	fmt.Printf("%q\n", strings.NewReplacer("hello", "bye").Replace("hello hellohello hell"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "b", "b", "a").Replace("abba"))
	fmt.Printf("%q\n", strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa aaaa"))
	n, err := r.WriteString(os.Stdout, "<x> & <y>\n")
	fmt.Println(n, err)
	fmt.Printf("%T\n", r)

	fmt.Println(bytes.LastIndexAny([]byte("go gopher"), "go"), bytes.LastIndexAny([]byte("go"), ""))
	fmt.Printf("%q %q\n", bytes.ToTitle([]byte("loud ǆ")), bytes.Title(nil))

	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
