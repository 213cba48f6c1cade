// string_len: len of string variables and constants, escapes and multi-byte UTF-8.
package main

func main() {
	println(len(""), len("a"), len("hello"))
	println(len("héllo"), len("日本語"), len("\n\t\\"), len("\x00\xff"))
	println(len(`raw\n`), len("\u00e9"), len("\U0001F600"))
	s := "abc"
	t := s + s + s
	println(len(t), len(t+"x"), len(s)*len(t))
	const c = "constant"
	println(len(c))
	n := 0
	for n < len(t) {
		n = n + 2
	}
	println(n)
}
