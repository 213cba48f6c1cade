// strings.NewReplacer on pseudo-random pairs and texts over a small
// alphabet (a fixed LCG, so the output is go1.19's): Go chooses among a byte
// table, a byte-to-string table, a single-string searcher and a trie by the
// shape of the pairs; all must agree with mgc's one algorithm.
package main

import (
	"fmt"
	"strings"
)

var state uint64 = 7

func next(n int) int {
	state = state*6364136223846793005 + 1442695040888963407
	return int(state>>33) % n
}

func word(maxLen int, alphabet string) string {
	n := next(maxLen + 1)
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[next(len(alphabet))]
	}
	return string(b)
}

func main() {
	for i := 0; i < 400; i++ {
		var oldnew []string
		pairs := next(5)
		shape := next(4)
		for j := 0; j < pairs; j++ {
			switch shape {
			case 0: // one byte to one byte: Go's byteReplacer
				oldnew = append(oldnew, string("abc"[next(3)]), string("xyz"[next(3)]))
			case 1: // one byte to a string: byteStringReplacer
				oldnew = append(oldnew, string("abc"[next(3)]), word(3, "xyz"))
			default: // anything: the generic trie (or one pair: the single string searcher)
				oldnew = append(oldnew, word(3, "abc"), word(3, "xyz"))
			}
		}
		text := word(12, "abcd")
		r := strings.NewReplacer(oldnew...)
		fmt.Printf("%q %q -> %q\n", oldnew, text, r.Replace(text))
	}
}
