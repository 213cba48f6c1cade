// Operands that implement fmt.Scanner scan themselves through the
// ScanState: ReadRune, UnreadRune, SkipSpace, Token (with a nil or given
// predicate), Width from the format; their errors end the scan, io.EOF as
// io.ErrUnexpectedEOF; Read is refused.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Pair scans "key:value".
type Pair struct{ K, V string }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ':' && !unicode.IsSpace(r) })
	if err != nil {
		return err
	}
	p.K = string(tok)
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != ':' {
		return errors.New("want colon, got " + string(r))
	}
	tok, err = st.Token(false, nil)
	p.V = string(tok)
	return err
}

// Digits reads at most its width of digits.
type Digits string

func (d *Digits) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	w, ok := st.Width()
	var b []byte
	for !ok || len(b) < w {
		r, _, err := st.ReadRune()
		if err != nil {
			if len(b) == 0 {
				return err
			}
			break
		}
		if r < '0' || r > '9' {
			st.UnreadRune()
			break
		}
		b = append(b, byte(r))
	}
	*d = Digits(fmt.Sprintf("%c[%s]", verb, b))
	return nil
}

// Reader calls Read.
type Reader struct{}

func (Reader) Scan(st fmt.ScanState, verb rune) error {
	_, err := st.Read(make([]byte, 1))
	return err
}

func main() {
	var a, b Pair
	n, err := fmt.Sscan("x:1  yy:22", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("x;1", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err, a)
	var d1, d2 Digits
	var i int
	n, err = fmt.Sscanf("12345 6", "%3v%v %d", &d1, &d2, &i)
	fmt.Println(n, err, d1, d2, i)
	n, err = fmt.Sscanf("987", "%x", &d1)
	fmt.Println(n, err, d1)
	n, err = fmt.Sscan("", &d1)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = fmt.Fscan(strings.NewReader("k:v 5"), &a, &i)
	fmt.Println(n, err, a, i)
	n, err = fmt.Sscan("z", Reader{})
	fmt.Println(n, err)
}
