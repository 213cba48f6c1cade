package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Printf("%q %d\n", b.String(), b.Len())
	n, err := b.WriteString("héllo")
	fmt.Println(n, err)
	fmt.Println(b.WriteByte(','))
	n, err = b.WriteRune('世')
	fmt.Println(n, err)
	n, _ = b.WriteRune(-1)
	fmt.Println(n)
	n, _ = b.WriteRune(0x10FFFF)
	fmt.Println(n)
	n, _ = b.Write([]byte(" bytes"))
	fmt.Println(n, b.Len(), b.String())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100)
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&b, "%d,", i*i)
	}
	fmt.Println(b.String())
	s := b.String()
	b.WriteString("more")
	fmt.Println(s, b.String())
	p := &strings.Builder{}
	p.WriteString("via pointer")
	fmt.Println(p.String(), p.Len())
	var c strings.Builder
	c = b
	_ = c.Len()
	fmt.Println(c.String() == b.String())
	var d strings.Builder
	e := d
	e.WriteString("copied before use is fine")
	fmt.Println(e.String())
}
