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
	_ = unicode.Greek                 // ERROR "unicode.Greek is not supported by mgc \(package unicode offers MaxRune, .*UpperLower, CaseRange, SpecialCase, CaseRanges, TurkishCase, AzeriCase, .*Letter, Upper, .*IsPrint, ToUpper, ToLower, SimpleFold, ToTitle, To\)"
	_ = bufio.ScanLinesX              // ERROR "bufio.ScanLinesX is not supported by mgc \(package bufio offers ErrInvalidUnreadByte, .*Reader, NewReaderSize, .*Scanner, .*ScanWords\)"
	_ = bytes.ToUpperSpecialX         // ERROR "bytes.ToUpperSpecialX is not supported by mgc \(package bytes offers MinRead, ErrTooLarge, Buffer, NewBuffer, .*TrimSuffix, .*ToTitle, ToUpperSpecial, ToLowerSpecial, ToTitleSpecial, ToValidUTF8\)"
	_, _ = io.Pipe()                  // ERROR "io.Pipe is not supported by mgc \(package io offers SeekStart, .*Reader, Writer, .*MultiWriter\)"
}
