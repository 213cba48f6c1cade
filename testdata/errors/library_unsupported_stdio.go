// mgc-only: go1.19 accepts this program. Members of io, bufio, bytes and
// unicode that mini-Go does not offer are rejected with the list of what the
// package offers.
package main

import (
	"bufio"
	"bytes"
	"io"
	"unicode"
)

func main() {
	_ = unicode.TurkishCase           // ERROR "unicode.TurkishCase is not supported by mgc \(package unicode offers MaxRune, .*Letter, Upper, .*IsPrint, ToUpper, ToLower, SimpleFold, ToTitle, To\)"
	_ = bufio.ScanLinesX              // ERROR "bufio.ScanLinesX is not supported by mgc \(package bufio offers ErrInvalidUnreadByte, .*Reader, NewReaderSize, .*Scanner, .*ScanWords\)"
	_ = bytes.ToUpperSpecial          // ERROR "bytes.ToUpperSpecial is not supported by mgc \(package bytes offers MinRead, ErrTooLarge, Buffer, NewBuffer, .*TrimSuffix, .*ToValidUTF8\)"
	_, _ = io.Pipe()                  // ERROR "io.Pipe is not supported by mgc \(package io offers SeekStart, .*Reader, Writer, .*MultiWriter\)"
}
