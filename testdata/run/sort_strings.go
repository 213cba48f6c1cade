package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	s := strings.Fields("Go is an open source programming language that makes it simple to build secure scalable systems go GO Ä ä z é")
	fmt.Println(sort.StringsAreSorted(s))
	sort.Strings(s)
	fmt.Printf("%q\n", s)
	fmt.Println(sort.StringsAreSorted(s), sort.SearchStrings(s, "language"), sort.SearchStrings(s, "m"), sort.SearchStrings(s, "zzz"))
	ss := sort.StringSlice{"b", "", "a"}
	ss.Sort()
	fmt.Printf("%q %d\n", ss, ss.Search("b"))
	sort.Sort(sort.Reverse(sort.StringSlice(s)))
	fmt.Println(s[:5])
}
