// strings and bytes searches (runtime/bytealg.c: memchr, memmem), strconv's
// formatting with its small-number table and base-10 two-digit steps, and
// Fields' ASCII and Unicode ways, at their edges.
package main

import (
	"bytes"
	"strconv"
	"strings"
)

func main() {
	for _, v := range []int64{0, 5, 9, 10, 42, 99, 100, 101, 999, 1000, 123456789, -1, -9, -10, -99, -100, -123456, 9223372036854775807, -9223372036854775808} {
		println(strconv.FormatInt(v, 10), strconv.Itoa(int(v)), strconv.FormatInt(v, 16), strconv.FormatInt(v, 2), strconv.FormatInt(v, 36))
	}
	println(strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(7, 10))
	for _, s := range []string{"", " ", "a", " a ", "a b  c\td\n", "  héllo wörld  ", "x\u2000y", "abc"} {
		f := strings.Fields(s)
		println(len(f), cap(f), strings.Join(f, "|"))
	}
	println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("", ""), strings.Index("abc", ""), strings.Index("ab", "abc"), strings.Index("aaab", "aab"))
	println(strings.IndexByte("golang", 'l'), strings.IndexByte("golang", 'x'), strings.IndexByte("", 'x'))
	println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Count("", "a"))
	b := []byte("hello, world")
	println(bytes.IndexByte(b, 'w'), bytes.IndexByte(b, 'z'), bytes.Index(b, []byte("wor")), bytes.Index(b, []byte("")), bytes.Index(b, []byte("o")), bytes.Count(b, []byte("o")), bytes.Count(b, []byte("")), bytes.Count(b, []byte("l,")))
	println(bytes.IndexByte(nil, 'a'), bytes.Index(nil, []byte("ab")))
}
