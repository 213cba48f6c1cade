package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, reader")
	fmt.Println(r.Len(), r.Size())
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Printf("%d %q %v %d\n", n, p[:n], err, r.Len())
	b, err := r.ReadByte()
	fmt.Printf("%q %v %v\n", b, err, r.UnreadByte())
	ch, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", ch, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	r.ReadByte()
	fmt.Println(r.UnreadRune())
	pos, err := r.Seek(2, io.SeekCurrent)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q %d\n", rest, r.Len())
	n, err = r.Read(p)
	fmt.Println(n, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	_, err = r.ReadByte()
	fmt.Println(err)
	fmt.Println(r.Seek(-1, io.SeekStart))
	fmt.Println(r.Seek(0, 7))
	fmt.Println(r.Seek(100, io.SeekStart))
	n, err = r.Read(p)
	fmt.Println(n, err, r.Len())
	n, err = r.ReadAt(p, 11)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	n, err = r.ReadAt(p, -1)
	fmt.Println(n, err)
	r.Reset("again")
	m, err := r.WriteTo(os.Stdout)
	fmt.Println("", m, err)
	m, err = r.WriteTo(os.Stdout)
	fmt.Println(m, err)

	var z strings.Reader
	fmt.Println(z.Len(), z.UnreadByte())
	sc := bufio.NewScanner(strings.NewReader("one two\nthree"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println()
	var sb strings.Builder
	io.Copy(&sb, strings.NewReader("copied through WriteTo"))
	fmt.Println(sb.String())
	var _ io.ReadSeeker = r
	var _ io.ReaderAt = r
	var _ io.RuneScanner = r
	var _ io.ByteScanner = r
}
