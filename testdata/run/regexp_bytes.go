// The byte-slice forms: Match, Find, FindIndex, FindSubmatch,
// FindSubmatchIndex, FindAll, FindAllIndex, FindAllSubmatch,
// FindAllSubmatchIndex, ReplaceAll, ReplaceAllLiteral, ReplaceAllFunc;
// results are slices of the input (capacity cut at the match's end).
package main

import (
	"bytes"
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w)(\d)?`)
	b := []byte("a1 b c3!")
	fmt.Println(re.Match(b), re.Match([]byte("!!")))
	f := re.Find(b)
	fmt.Printf("%q %d %d\n", f, len(f), cap(f))
	fmt.Println(re.FindIndex(b), re.FindIndex([]byte("")) == nil)
	sm := re.FindSubmatch([]byte("b c3"))
	fmt.Printf("%q %v\n", sm, sm[2] == nil)
	fmt.Println(re.FindSubmatchIndex([]byte("b c3")))
	fmt.Printf("%q\n", re.FindAll(b, -1))
	fmt.Printf("%q\n", re.FindAll(b, 2))
	fmt.Println(re.FindAllIndex(b, -1))
	fmt.Printf("%q\n", re.FindAllSubmatch(b, -1))
	fmt.Println(re.FindAllSubmatchIndex(b, -1))
	fmt.Println(re.Find([]byte("!!")) == nil, re.FindAll([]byte("!!"), -1) == nil)
	fmt.Printf("%s\n", re.ReplaceAll(b, []byte("<$2$1>")))
	fmt.Printf("%s\n", re.ReplaceAllLiteral(b, []byte("<$2$1>")))
	fmt.Printf("%s\n", re.ReplaceAllFunc(b, bytes.ToUpper))
	e := regexp.MustCompile(`x*`)
	fmt.Printf("%q\n", e.ReplaceAll([]byte("abc"), []byte("-")))
	fmt.Printf("%q\n", e.FindAll([]byte("axxb"), -1))
	fmt.Println(e.ReplaceAll(nil, nil) == nil, len(e.ReplaceAll(nil, []byte("z"))))
}
