// string_rune_conv: string(rune(n)) yields the UTF-8 encoding, with U+FFFD for invalid code points.
package main

func code(n int) string {
	return string(rune(n))
}

func main() {
	println(string(rune(65)), string(rune(0x4e16)), string(rune('z'-1)))
	const euro = '€'
	println(string(euro), len(string(euro)))
	vals := 0
	for n := 0x41; n <= 0x45; n++ {
		print(code(n))
		vals++
	}
	println(" ", vals)
	println(code(-1) == "\uFFFD", code(0xD800) == "\uFFFD", code(0x10FFFF) == "\U0010FFFF", code(0x110000) == "\uFFFD")
	println(len(code(0x7F)), len(code(0x80)), len(code(0x7FF)), len(code(0x800)), len(code(0xFFFF)), len(code(0x10000)))
	s := code(0x1F600)
	println(len(s), s[0], s[1], s[2], s[3])
	var r rune = 'é'
	r++
	println(string(r), r)
	b := byte(0xE9)
	println(string(rune(b)) == "é", len(string(rune(b))))
	w := int64(1<<32 + 66)
	println(string(rune(w)), string(rune(w-1<<32-68)) == "\ufffd")
}
