package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

func show(name string, parts [][]byte) {
	fmt.Printf("%s %d:", name, len(parts))
	for _, p := range parts {
		fmt.Printf(" %q(%d)", p, cap(p))
	}
	fmt.Println()
}

func main() {
	s := []byte("  Hello, World! Hello, Go!  ")
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil))
	fmt.Println(bytes.Contains(s, []byte("World")), bytes.Contains(s, []byte("world")), bytes.Contains(s, nil))
	fmt.Println(bytes.ContainsAny(s, "xyz!"), bytes.ContainsRune(s, 'G'), bytes.ContainsRune(s, 'g'))
	fmt.Println(bytes.Index(s, []byte("Hello")), bytes.LastIndex(s, []byte("Hello")), bytes.Index(s, []byte("nope")))
	fmt.Println(bytes.IndexByte(s, 'W'), bytes.LastIndexByte(s, 'o'), bytes.IndexRune([]byte("aé€"), '€'), bytes.IndexAny(s, ",!"))
	fmt.Println(bytes.HasPrefix(s, []byte("  He")), bytes.HasSuffix(s, []byte("!  ")), bytes.HasPrefix(s, []byte("x")))
	fmt.Println(bytes.Count(s, []byte("l")), bytes.Count([]byte("five"), nil), bytes.Count([]byte("aaaa"), []byte("aa")))

	show("Split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	show("Split empty sep", bytes.Split([]byte("aé\xffz"), nil))
	show("SplitN", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	show("SplitN0", bytes.SplitN([]byte("a,b"), []byte(","), 0))
	show("SplitAfter", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	show("Split nomatch", bytes.Split([]byte("abc"), []byte("x")))
	show("Fields", bytes.Fields([]byte("  one two\tthree\n\u00a0four\u3000 ")))
	show("Fields empty", bytes.Fields([]byte("   ")))
	show("FieldsFunc", bytes.FieldsFunc([]byte("a1b22c333"), func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%q %q\n", bytes.Join(nil, []byte(",")), bytes.Join([][]byte{[]byte("solo")}, []byte(",")))
	fmt.Printf("%q %q\n", bytes.Repeat([]byte("ab"), 3), bytes.Repeat([]byte("ab"), 0))
	fmt.Printf("%q %q\n", bytes.ToUpper([]byte("héllo wörld")), bytes.ToLower([]byte("HÉLLO ΣΑΣ")))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Println(bytes.TrimSpace([]byte(" \t\n ")) == nil, bytes.TrimSpace([]byte("\u00a0x\u2000")))
	fmt.Printf("%q %q %q\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Println(bytes.Trim([]byte("xxx"), "x") == nil, bytes.TrimLeft([]byte("xxx"), "x") == nil, bytes.TrimRight([]byte("xxx"), "x") == nil)
	fmt.Printf("%q %q\n", bytes.Trim([]byte("¡¡Hola!!"), "!¡"), bytes.TrimFunc([]byte("123abc456"), func(r rune) bool { return r < 'a' }))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%q %q\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2), bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("%q\n", bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v %v\n", before, after, found, after == nil)
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.Runes([]byte("añb")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, []byte("banana")))
	fmt.Println(bytes.IndexFunc([]byte("abc1"), func(r rune) bool { return r == '1' }), bytes.LastIndexFunc([]byte("1abc1x"), func(r rune) bool { return r == '1' }))
	fmt.Println(bytes.MinRead, utf8.RuneLen('é'))
	// Split pieces alias the original.
	orig := []byte("p,q")
	parts := bytes.Split(orig, []byte(","))
	parts[0][0] = 'P'
	fmt.Println(string(orig))
	parts[0] = append(parts[0], 'X')
	fmt.Println(string(orig))
}
