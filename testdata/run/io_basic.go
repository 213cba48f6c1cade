package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunkReader hands out its data n bytes at a time, then its final error.
type chunkReader struct {
	data string
	n    int
	end  error
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.end
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.data) {
		k = len(r.data)
	}
	copy(p, r.data[:k])
	r.data = r.data[k:]
	return k, nil
}

// shortWriter accepts at most max bytes per call.
type shortWriter struct {
	max int
	got []byte
}

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		p = p[:w.max]
	}
	w.got = append(w.got, p...)
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

// onlyWriter hides any other method of the writer it wraps.
type onlyWriter struct{ w io.Writer }

func (o onlyWriter) Write(p []byte) (int, error) { return o.w.Write(p) }

type upper struct{ sb strings.Builder }

func (u *upper) Write(p []byte) (int, error) { return u.sb.Write(p) }
func (u *upper) WriteString(s string) (int, error) {
	return u.sb.WriteString(strings.ToUpper(s))
}

func main() {
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress)
	fmt.Printf("%T %v\n", io.EOF, io.EOF == io.EOF)

	b, err := io.ReadAll(&chunkReader{"hello, world", 5, io.EOF})
	fmt.Printf("%q %v %d\n", b, err, cap(b))
	b, err = io.ReadAll(&chunkReader{"abc", 2, errors.New("boom")})
	fmt.Printf("%q %v\n", b, err)
	big := strings.Repeat("x", 3000)
	b, err = io.ReadAll(&chunkReader{big, 700, io.EOF})
	fmt.Println(len(b), err, string(b) == big)

	buf := make([]byte, 8)
	n, err := io.ReadFull(&chunkReader{"0123456789", 3, io.EOF}, buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(&chunkReader{"0123", 3, io.EOF}, buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF, string(buf[:n]))
	n, err = io.ReadFull(&chunkReader{"", 3, io.EOF}, buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadAtLeast(&chunkReader{"0123456789", 4, io.EOF}, buf, 5)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadAtLeast(&chunkReader{"0123456789", 4, io.EOF}, buf, 9)
	fmt.Println(n, err)

	var sb strings.Builder
	w, err := io.Copy(&sb, &chunkReader{"copy me please", 4, io.EOF})
	fmt.Println(w, err, sb.String())
	sb.Reset()
	w, err = io.CopyN(&sb, &chunkReader{"copy me please", 4, io.EOF}, 6)
	fmt.Printf("%d %v %q\n", w, err, sb.String())
	sb.Reset()
	w, err = io.CopyN(&sb, &chunkReader{"abc", 4, io.EOF}, 6)
	fmt.Printf("%d %v %q\n", w, err, sb.String())
	w, err = io.Copy(&shortWriter{max: 3}, &chunkReader{"abcdefgh", 8, io.EOF})
	fmt.Println(w, err)
	w, err = io.Copy(failWriter{}, &chunkReader{"abcdefgh", 8, io.EOF})
	fmt.Println(w, err)
	w, err = io.Copy(io.Discard, &chunkReader{big, 100, io.EOF})
	fmt.Println(w, err)
	w, err = io.CopyBuffer(onlyWriter{&sb}, &chunkReader{"buffered", 100, io.EOF}, make([]byte, 3))
	fmt.Println(w, err, sb.String())

	u := &upper{}
	n, err = io.WriteString(u, "shout ")
	fmt.Println(n, err)
	n, err = io.WriteString(onlyWriter{u}, "quiet")
	fmt.Println(n, err, u.sb.String())

	var a, c strings.Builder
	mw := io.MultiWriter(&a, io.MultiWriter(&c, io.Discard))
	fmt.Fprintf(mw, "to %d writers", 3)
	io.WriteString(mw, "!")
	fmt.Println(a.String(), "|", c.String())
	n, err = io.MultiWriter(&a, &shortWriter{max: 2}).Write([]byte("xyz"))
	fmt.Println(n, err)
	n, err = io.MultiWriter(failWriter{}, &a).Write([]byte("xyz"))
	fmt.Println(n, err)

	mr := io.MultiReader(&chunkReader{"one ", 2, io.EOF}, &chunkReader{"", 1, io.EOF}, &chunkReader{"two", 10, io.EOF})
	b, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", b, err)
	p := make([]byte, 10)
	mr = io.MultiReader(&chunkReader{"ab", 10, io.EOF}, &chunkReader{"cd", 10, io.EOF})
	for i := 0; i < 4; i++ {
		n, err := mr.Read(p)
		fmt.Printf("%d %q %v\n", n, p[:n], err)
	}
	mr = io.MultiReader(&chunkReader{"x", 1, errors.New("bad")}, &chunkReader{"y", 1, io.EOF})
	b, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", b, err)
	sb.Reset()
	w, err = io.Copy(&sb, io.MultiReader(&chunkReader{"wt", 1, io.EOF}, &chunkReader{"!", 1, io.EOF}))
	fmt.Println(w, err, sb.String())

	lr := io.LimitReader(&chunkReader{"limited reader", 100, io.EOF}, 7)
	b, err = io.ReadAll(lr)
	fmt.Printf("%q %v %d\n", b, err, lr.(*io.LimitedReader).N)

	var tee strings.Builder
	b, _ = io.ReadAll(io.TeeReader(&chunkReader{"tee", 1, io.EOF}, &tee))
	fmt.Println(string(b), tee.String())
	rc := io.NopCloser(&chunkReader{"nop", 1, io.EOF})
	fmt.Println(rc.Close())

	var r io.Reader = &chunkReader{"", 1, io.EOF}
	_, isWT := r.(io.WriterTo)
	_, isRW := r.(io.ReadWriter)
	fmt.Println(isWT, isRW)
	var ws io.StringWriter = &sb
	var bw io.ByteWriter = &sb
	fmt.Println(ws != nil, bw != nil)
	fmt.Fprintln(os.Stdout, io.SeekStart, io.SeekCurrent, io.SeekEnd)

	defer func() { fmt.Println("recovered:", recover()) }()
	io.CopyBuffer(&sb, &chunkReader{"x", 1, io.EOF}, []byte{})
}
