// strconv: the Append forms, QuoteRuneToASCII, IsPrint, IsGraphic,
// CanBackquote, and Unquote, UnquoteChar and QuotedPrefix on good and bad
// literals.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = strconv.AppendUint(b, 255, 16)
	b = strconv.AppendBool(b, true)
	b = strconv.AppendFloat(b, 3.25, 'e', -1, 64)
	b = strconv.AppendQuote(b, "hé\n")
	b = strconv.AppendQuoteToASCII(b, "hé\n")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	fmt.Println(string(b))
	fmt.Println(strconv.QuoteRuneToASCII('\x00'), strconv.QuoteRuneToASCII(0x10ffff), strconv.QuoteRuneToASCII(-1))

	for _, r := range []rune{'a', ' ', '\t', 0xa0, 0x2002, 0x3000, 0x7f, 0xad, 'é', 0xfffd, 0x10ffff, -1, 0x110000, 0xe000, '\u2028'} {
		fmt.Println(r, strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{"abc", "a`b", "tab\there", "nl\n", "\ufeff", "é", "\xff", "\x7f"} {
		fmt.Println(strconv.CanBackquote(s))
	}

	for _, s := range []string{`"abc"`, `"a\tb\\c\"d"`, `'x'`, `'\''`, `'\"'`, `"\'"`, "`raw\\n`", "`a\rb`",
		`"\x41\101\u00e9\U0001F600"`, `"\400"`, `"\xZZ"`, `"\uD800"`, `"\U00110000"`, `"abc`, `abc"`, `"a"b"`,
		`'ab'`, `''`, `"a` + "\n" + `b"`, `'\n'`, `"\q"`, `"`, ``, `'\x80'`, `"\xff"`, "\"\xff\"", `"é"`, `'é'`, "`a`b`",
		`"\a\b\f\v\r"`, `"\0"`, `"\08"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, v, err)
	}
	for _, s := range []string{`"abc"def`, "`raw` rest", `'\n'x`, `"unterminated`, `x"`, `"a\"b" "c"`} {
		v, err := strconv.QuotedPrefix(s)
		fmt.Printf("QuotedPrefix(%s) = %q, %v\n", s, v, err)
	}
	for _, s := range []string{`\nrest`, `\'x`, `\"x`, `é!`, `\u263a.`, `\x`, `\777`, `"`, `'`} {
		for _, q := range []byte{'"', '\'', 0} {
			r, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("UnquoteChar(%s, %q) = %q %v %q %v\n", s, q, r, mb, tail, err)
		}
	}
}

func init() {
	for _, s := range []string{"plain", "tab\t nbsp\u00a0 em\u2003 ideo\u3000 ls\u2028", "bad\xff\x80", "\x00\x7f\u00ad\U0001F600", `q"\`} {
		fmt.Println(strconv.QuoteToGraphic(s), string(strconv.AppendQuoteToGraphic([]byte("> "), s)))
	}
	for _, r := range []rune{'a', '\'', '"', 0xa0, 0x2028, '\n', 0x7f, 0x10ffff + 1, 0xd800, 0x1F600, 0xe000, 0x9f} {
		fmt.Println(strconv.QuoteRuneToGraphic(r), string(strconv.AppendQuoteRuneToGraphic(nil, r)))
	}
}
