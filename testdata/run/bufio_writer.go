package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// logWriter records each Write it gets, to show how bufio batches them.
type logWriter struct {
	sb    strings.Builder
	calls []int
}

func (l *logWriter) Write(p []byte) (int, error) {
	l.calls = append(l.calls, len(p))
	return l.sb.Write(p)
}

type limitWriter struct{ left int }

func (l *limitWriter) Write(p []byte) (int, error) {
	if len(p) > l.left {
		n := l.left
		l.left = 0
		return n, errors.New("no space")
	}
	l.left -= len(p)
	return len(p), nil
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	fmt.Fprintln(w, "buffered 1")
	fmt.Println("direct 1")
	w.WriteString("buffered 2\n")
	w.WriteByte('!')
	n, err := w.WriteRune('€')
	fmt.Println("rune", n, err, w.Buffered(), w.Available())
	w.WriteRune('\n')
	fmt.Println("direct 2")
	w.Flush()
	fmt.Println("direct 3")

	// 5000 bytes through a 4096-byte buffer: the first 4096 go out at once.
	for i := 0; i < 100; i++ {
		fmt.Fprintf(w, "line %02d %s\n", i, strings.Repeat("-", 40))
	}
	fmt.Println("direct 4, buffered:", w.Buffered())
	w.Flush()

	lw := &logWriter{}
	bw := bufio.NewWriterSize(lw, 16)
	bw.WriteString("abc")
	bw.Write([]byte("0123456789"))
	bw.WriteString("ABCDEFGH")
	bw.Write([]byte(strings.Repeat("y", 40)))
	bw.WriteString(strings.Repeat("s", 40))
	for i := 0; i < 10; i++ {
		bw.WriteRune('é')
	}
	fmt.Println(lw.calls, bw.Buffered())
	bw.Flush()
	fmt.Println(lw.calls, len(lw.sb.String()))
	fmt.Println(bw.Flush(), lw.calls)

	tiny := bufio.NewWriterSize(lw, 2)
	fmt.Println(tiny.Size())
	n, err = tiny.WriteRune('世')
	tiny.Flush()
	fmt.Println(n, err, lw.calls[len(lw.calls)-2:])

	ew := bufio.NewWriterSize(&limitWriter{5}, 4)
	n, err = ew.WriteString("abc")
	fmt.Println(n, err)
	n, err = ew.WriteString("defgh")
	fmt.Println(n, err, ew.Buffered())
	fmt.Println(ew.Flush(), ew.WriteByte('x'))
	n, err = ew.Write([]byte("more"))
	fmt.Println(n, err)

	var sb strings.Builder
	rf := bufio.NewWriterSize(&sb, 16)
	rf.WriteString("pre:")
	m, err := rf.ReadFrom(strings.NewReader(strings.Repeat("r", 30)))
	fmt.Println(m, err, rf.Buffered(), len(sb.String()))
	rf.Flush()
	m, err = io.Copy(rf, strings.NewReader("copied"))
	rf.Flush()
	fmt.Println(m, err, sb.String())

	fmt.Println(bufio.NewWriterSize(w, 100) == w, bufio.NewWriterSize(w, 10000) == w)
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw in\n")), bufio.NewWriter(os.Stdout))
	s, _ := rw.ReadString('\n')
	rw.WriteString("got " + s)
	rw.Flush()
	var iw io.Writer = w
	var sw io.StringWriter = w
	var rfr io.ReaderFrom = w
	fmt.Println(iw != nil, sw != nil, rfr != nil, len(w.AvailableBuffer()), cap(w.AvailableBuffer()))

	fmt.Fprint(w, "never flushed\n")
}
