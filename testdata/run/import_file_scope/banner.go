package main

import str "strings"

import "fmt"

// A package-level variable initialized with a renamed import, used from main.go.
var greeting = str.ToUpper("hello") + fmt.Sprint(len(str.Fields(" a b ")))

// A type whose field's type comes from this file's import.
type Banner struct {
	b str.Builder
	n int
}

func (b *Banner) Add(s string) {
	b.n++
	fmt.Fprintf(&b.b, "[%d:%s]", b.n, s)
}

func (b *Banner) String() string { return b.b.String() }

func shout(s string) string { return str.ToUpper(s) + "!" }
