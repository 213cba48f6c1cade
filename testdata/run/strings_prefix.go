package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.HasPrefix("Gopher", "Go"), strings.HasPrefix("Gopher", "C"), strings.HasPrefix("Gopher", ""), strings.HasPrefix("", "a"), strings.HasPrefix("Go", "Gopher"))
	fmt.Println(strings.HasSuffix("Amigo", "go"), strings.HasSuffix("Amigo", "O"), strings.HasSuffix("Amigo", "Ami"), strings.HasSuffix("Amigo", ""), strings.HasSuffix("", ""))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, "), strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Howdy, "), strings.TrimPrefix("aaa", "a"))
	fmt.Printf("%q %q %q\n", strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Gophers!!!"), strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Marmots!!!"), strings.TrimSuffix("x.go.go", ".go"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
}
