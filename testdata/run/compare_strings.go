// compare_strings: == != < <= > >= on strings: bytewise, prefixes, empty strings.
package main

func cmp(a, b string) {
	println("["+a+"]", "["+b+"]", a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	cmp("abc", "abd")
	cmp("abd", "abc")
	cmp("abc", "abc")
	cmp("ab", "abc")
	cmp("abc", "ab")
	cmp("", "")
	cmp("", "a")
	cmp("a", "")
	cmp("Z", "a")
	cmp("é", "z")
	cmp("\xff", "\x7f")
	x := "hel"
	y := x + "lo"
	println(y == "hello", y != "hello", "hello" == y)
}
