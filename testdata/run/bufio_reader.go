package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// oneByte reads one byte per call, to exercise refills.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

type emptyReader struct{}

func (emptyReader) Read(p []byte) (int, error) { return 0, nil }

func main() {
	r := bufio.NewReader(os.Stdin)
	fmt.Println(r.Size(), r.Buffered())
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, r.Buffered())
	b, err := r.Peek(5)
	fmt.Printf("%q %v\n", b, err)
	c, _ := r.ReadByte()
	fmt.Printf("%q %v\n", c, r.UnreadByte())
	fmt.Println(r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Printf("%q %d %v %v\n", ru, size, err, r.UnreadRune())
	fmt.Println(r.UnreadRune())
	bs, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	for i := 0; i < 6; i++ {
		ru, size, err := r.ReadRune()
		fmt.Printf("%q %d %v\n", ru, size, err)
	}
	n, err := r.Discard(3)
	fmt.Println(n, err)
	for {
		l, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("ReadLine:", err)
			break
		}
		fmt.Printf("%q %v\n", l, isPrefix)
	}
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	_, err = r.ReadByte()
	fmt.Println(err, r.UnreadByte())

	// A 16-byte buffer: long lines come in pieces.
	small := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnop\r\nxy\r\n\nlast"), 1)
	fmt.Println(small.Size())
	for {
		l, isPrefix, err := small.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", l, isPrefix)
	}
	small.Reset(strings.NewReader("0123456789abcdefghij\nrest"))
	sl, err := small.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	pk, err := small.Peek(20)
	fmt.Printf("%q %v\n", pk, err)
	pk, err = small.Peek(-1)
	fmt.Printf("%q %v\n", pk, err)
	str, err := small.ReadString('\n')
	fmt.Printf("%q %v\n", str, err)
	pk, err = small.Peek(3)
	fmt.Printf("%q %v\n", pk, err)

	long := strings.Repeat("abcdefghij", 10) + "\ntail"
	lr := bufio.NewReaderSize(oneByte{strings.NewReader(long)}, 16)
	str, err = lr.ReadString('\n')
	fmt.Println(len(str), err)
	str, err = lr.ReadString('\n')
	fmt.Printf("%q %v\n", str, err)
	str, err = lr.ReadString('\n')
	fmt.Printf("%q %v\n", str, err)

	// Read: small reads from the buffer, large ones straight through.
	rr := bufio.NewReaderSize(strings.NewReader(strings.Repeat("x", 100)), 16)
	p := make([]byte, 10)
	n, err = rr.Read(p)
	fmt.Println(n, err, rr.Buffered())
	p = make([]byte, 50)
	n, err = rr.Read(p)
	fmt.Println(n, err, rr.Buffered())
	n, err = rr.Read(p)
	fmt.Println(n, err, rr.Buffered())
	n, err = rr.Read(p)
	fmt.Println(n, err)
	n, err = rr.Read(p)
	fmt.Println(n, err)

	var sb strings.Builder
	wr := bufio.NewReader(strings.NewReader("write to"))
	wr.ReadByte()
	m, err := wr.WriteTo(&sb)
	fmt.Println(m, err, sb.String())

	er := bufio.NewReader(emptyReader{})
	_, err = er.ReadByte()
	fmt.Println(err, err == io.ErrNoProgress)
	fr := bufio.NewReader(io.MultiReader(strings.NewReader("ab"), &failing{}))
	str, err = fr.ReadString('\n')
	fmt.Printf("%q %v\n", str, err)
	fmt.Println(bufio.NewReaderSize(r, 10) == r, bufio.NewReaderSize(r, 8192) == r)
	var rs io.RuneScanner = r
	var bsc io.ByteScanner = r
	var wt io.WriterTo = r
	fmt.Println(rs != nil, bsc != nil, wt != nil, errors.Is(bufio.ErrBufferFull, bufio.ErrBufferFull))
}

type failing struct{}

func (*failing) Read(p []byte) (int, error) { return 0, errors.New("read failed") }
