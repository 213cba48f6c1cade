package main

import "strconv"

// This file imports neither fmt nor strings, so the names are free for its
// own locals.
func noImports() string {
	fmt := "local fmt"
	strings := []string{fmt, "x"}
	return strings[0] + strconv.Itoa(len(strings))
}

// The size of an array type that uses an import of this file, in a constant.
const width = len([3]int{}) + strconv.IntSize/64

func strconvQuote(s string) string { return strconv.Quote(s) }

func describe(n int) string { return "n=" + strconv.Itoa(n) }
