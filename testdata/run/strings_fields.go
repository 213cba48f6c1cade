package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"  foo bar  baz   ", "", "   ", "a", "\t\n\v\f\r x \u0085y\u00a0z", "a\u2003b\u3000c\u200bd", "日本 語", "a\xffb c"} {
		f := strings.Fields(s)
		fmt.Printf("%d %q %v\n", len(f), f, f == nil)
	}
	isComma := func(r rune) bool { return r == ',' || r == ';' }
	fmt.Printf("%q\n", strings.FieldsFunc(";a,,b;c,", isComma))
	fmt.Printf("%q\n", strings.FieldsFunc(",,", isComma) == nil)
}
