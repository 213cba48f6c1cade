package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap())
	b.WriteByte(',')
	b.WriteRune(' ')
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	b.Write([]byte("界\n"))
	fmt.Fprintf(&b, "%d-%s\n", 42, "x")
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	fmt.Printf("%q\n", b.Next(3))
	c, _ := b.ReadByte()
	fmt.Printf("%q %v %v\n", c, b.UnreadByte(), b.UnreadByte())
	r, size, err := b.ReadRune()
	fmt.Printf("%q %d %v\n", r, size, err)
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ = b.ReadRune()
	fmt.Printf("%q %d %v\n", r, size, b.UnreadRune())
	fmt.Println(b.UnreadRune())
	bs, err := b.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	bs, err = b.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", bs, err, b.Len())
	p := make([]byte, 4)
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)

	// Growth: capacities follow Go's.
	var g bytes.Buffer
	caps := []int{}
	for i := 0; i < 20; i++ {
		g.WriteString(strings.Repeat("a", 37))
		caps = append(caps, g.Cap())
	}
	fmt.Println(caps)
	g.Grow(1000)
	fmt.Println(g.Len(), g.Cap())
	g.Truncate(10)
	fmt.Println(g.String(), g.Len())
	g.Next(5)
	g.Truncate(0)
	fmt.Println(g.Len(), g.Cap())

	nb := bytes.NewBufferString("line one\nline two\nthree")
	sc := bufio.NewScanner(nb)
	for sc.Scan() {
		fmt.Printf("[%s] ", sc.Text())
	}
	fmt.Println()
	nb2 := bytes.NewBuffer([]byte("abc"))
	nb2.WriteString("def")
	fmt.Println(nb2.String(), nb2.Bytes()[1])

	var rf bytes.Buffer
	m, err := rf.ReadFrom(strings.NewReader(strings.Repeat("z", 1500)))
	fmt.Println(m, err, rf.Len(), rf.Cap())
	m, err = rf.WriteTo(io.Discard)
	fmt.Println(m, err, rf.Len())
	m, err = io.Copy(&rf, strings.NewReader("via copy"))
	fmt.Println(m, err, rf.String())
	m, err = io.Copy(os.Stdout, &rf)
	fmt.Println()
	fmt.Println(m, err)

	var nilb *bytes.Buffer
	fmt.Println(nilb.String())
	fmt.Println(nilb)

	br := bytes.NewReader([]byte("reader é"))
	fmt.Println(br.Len(), br.Size())
	rd, _ := io.ReadAll(io.LimitReader(br, 3))
	fmt.Printf("%q %d\n", rd, br.Len())
	r, size, _ = br.ReadRune()
	fmt.Println(r, size, br.UnreadRune(), br.UnreadRune())
	pos, err := br.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	r, size, _ = br.ReadRune()
	fmt.Printf("%q %d\n", r, size)
	_, err = br.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	n, err = br.ReadAt(p, 5)
	fmt.Printf("%d %q %v\n", n, p[:n], err)

	defer func() { fmt.Println("recovered:", recover()) }()
	g.Truncate(100)
}
