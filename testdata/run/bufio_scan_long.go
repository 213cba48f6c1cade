package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		t := sc.Text()
		fmt.Println(len(t), strings.Count(t, "x"))
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)

	// A larger maximum lets the long line through.
	long := strings.Repeat("y", 100000) + "\nshort\n"
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 100), 200000)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println("err:", sc.Err())

	// A small maximum.
	sc = bufio.NewScanner(strings.NewReader("12345\n123456789\n12\n"))
	sc.Buffer(nil, 8)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println("err:", sc.Err())

	// Exactly MaxScanTokenSize-1 bytes plus newline fits; MaxScanTokenSize does not.
	for _, n := range []int{bufio.MaxScanTokenSize - 1, bufio.MaxScanTokenSize} {
		sc = bufio.NewScanner(strings.NewReader(strings.Repeat("z", n) + "\n"))
		for sc.Scan() {
			fmt.Println(n, len(sc.Text()))
		}
		fmt.Println(n, sc.Err())
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	sc.Split(bufio.ScanWords)
}
