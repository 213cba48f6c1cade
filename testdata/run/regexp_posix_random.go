// Random patterns and texts under CompilePOSIX and Longest: the matches
// and submatches, printed as a hash of the results per pattern and in
// full for every 50th pattern.
package main

import (
	"fmt"
	"regexp"
)

var seed uint64 = 12345

func next(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var atoms = []string{"a", "b", "c", ".", "[ab]", "[^a]", "[[:alpha:]]", "^", "$", "x", "\n", "ab", "é"}

func gen(depth int) string {
	switch k := next(10); {
	case depth > 3 || k < 3:
		return atoms[next(len(atoms))]
	case k < 5:
		return gen(depth+1) + gen(depth+1)
	case k < 7:
		return "(" + gen(depth+1) + "|" + gen(depth+1) + ")"
	case k < 8:
		return "(" + gen(depth+1) + ")" + []string{"*", "+", "?", "{1,2}"}[next(4)]
	default:
		return "(" + gen(depth+1) + ")"
	}
}

func text() string {
	const letters = "abcx\né"
	b := []rune{}
	for n := next(9); n > 0; n-- {
		b = append(b, []rune(letters)[next(6)])
	}
	return string(b)
}

func hash(h uint64, v []int) uint64 {
	for _, x := range v {
		h = h*1000003 ^ uint64(x+7)
	}
	return h*31 + uint64(len(v))
}

func main() {
	total := uint64(0)
	for i := 0; i < 3000; i++ {
		pat := gen(0)
		var re *regexp.Regexp
		var err error
		if i%2 == 0 {
			re, err = regexp.CompilePOSIX(pat)
		} else {
			re, err = regexp.Compile(pat)
			if err == nil {
				re.Longest()
			}
		}
		if err != nil {
			fmt.Println(i, pat, err)
			continue
		}
		h := uint64(0)
		for j := 0; j < 6; j++ {
			t := text()
			all := re.FindAllStringSubmatchIndex(t, -1)
			for _, m := range all {
				h = hash(h, m)
			}
			h = hash(h, []int{len(all)})
			if i%50 == 0 {
				fmt.Printf("%d %q %q %v\n", i, pat, t, all)
			}
		}
		total = total*7 + h
		if i%100 == 99 {
			fmt.Println(i, total)
		}
	}
}
