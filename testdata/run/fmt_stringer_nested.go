package main

import (
	"fmt"
)

type Name string
func (n Name) String() string { return "N:" + string(n) }
type rec struct {
	Pub  Name
	priv Name
}
type Box struct {
	Items []Name
	M     map[Name]Name
	I     any
}
func main() {
	fmt.Println(rec{"a", "b"})
	fmt.Printf("%+v\n", rec{"a", "b"})
	fmt.Println(Box{[]Name{"x", "y"}, map[Name]Name{"k": "v"}, Name("i")})
	fmt.Printf("%#v\n", Name("z"))
	fmt.Printf("%s %q %x\n", []Name{"p"}, Name("q"), Name("r"))
}
