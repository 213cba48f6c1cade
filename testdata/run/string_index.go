// string_index: s[i] yields a byte, from variables, constants and expressions, with every integer index type.
package main

const word = "gopher"

func at(s string, i int) byte {
	return s[i]
}

func main() {
	s := "héllo"
	println(s[0], s[1], s[2], s[len(s)-1])
	println(word[0], word[5], "xyz"[1])
	var i8 int8 = 2
	var u8 uint8 = 3
	var u uint = 4
	var i64 int64 = 1
	var up uintptr = 0
	println(word[i8], word[u8], word[u], word[i64], word[up])
	sum := 0
	for i := 0; i < len(word); i++ {
		sum += int(word[i])
	}
	println(sum, at(word, 3)-'a', word[1] == 'o', word[1] < word[2])
	b := s[1]
	b++
	println(b, s[1])
	println(string(rune(word[0]-32)) + word[1:])
}
