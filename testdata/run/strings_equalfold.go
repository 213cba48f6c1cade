package main

import (
	"fmt"
	"strings"
)

func main() {
	pairs := [][2]string{{"Go", "GO"}, {"Go", "go"}, {"Go", "Gp"}, {"", ""}, {"a", ""}, {"straße", "STRASSE"}, {"ſ", "S"}, {"ſ", "s"}, {"K", "\u212a"}, {"k", "\u212a"}, {"Σ", "ς"}, {"σ", "ς"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"İ", "i"}, {"ı", "I"}, {"Привет", "пРИВЕТ"}, {"a\xff", "A\xff"}, {"\xff", "\uFFFD"}, {"µ", "Μ"}, {"abc", "abcd"}, {"@", "`"}, {"[", "{"}}
	for _, p := range pairs {
		fmt.Printf("%q %q %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
}
