package main

import (
	"fmt"
)

func main() {
	s := "héllo"
	fmt.Printf("[%s][%v][%q][%x][%X][% x][%#x][% #x]\n", s, s, s, s, s, s, s, s)
	fmt.Printf("[%10s][%-10s][%.2s][%10.3s][%-10.3s]\n", s, s, s, s, s)
	fmt.Printf("[%q][%+q][%#q][%#q]\n", "a\tb\"c", "日本", "back`q", "plain")
	fmt.Printf("[%q][%q]\n", "\x00\x7f\xff", "\u2028")
	fmt.Printf("[%05s][%.0s][%s]\n", "ab", "xyz", "")
	fmt.Printf("[%x][%X][%8x]\n", "", "Az", "ab")
}
