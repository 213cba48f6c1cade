// range_string_count: counting runes and building strings rune by rune.
package main

func runes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func reverse(s string) string {
	r := ""
	for _, c := range s {
		r = string(c) + r
	}
	return r
}

func upper(s string) string {
	out := ""
	for _, c := range s {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		out += string(c)
	}
	return out
}

func main() {
	for _, s := range "ab" {
		println(s)
	}
	println(runes("héllo, 世界"), len("héllo, 世界"))
	println(reverse("héllo, 世界"))
	println(upper("mini-go ünïcode"))
	println(reverse(""), runes(""), runes("\xff\xfe"))
}
