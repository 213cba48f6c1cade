package main

func main() {
	s := make([]string, 3, 10)
	s[2] = "ok"
	println(s[2], len(s), cap(s))
	i := 3
	println(s[i]) // beyond len, within cap
}
