package main

import (
	"fmt"
)

type ID int
type Str string
type F float64
type Flags uint8
type List []ID
type Dict map[Str]F
func main() {
	fmt.Println(ID(5), Str("s"), F(2.5), Flags(3), List{1, 2}, Dict{"a": 1})
	fmt.Printf("%d %s %.1f %b %v %v\n", ID(5), Str("s"), F(2.5), Flags(3), List{1, 2}, Dict{"a": 1})
	fmt.Printf("%#v %#v %#v %#v\n", ID(5), Str("s"), F(2.5), Flags(3))
	fmt.Printf("%#v %#v\n", List{1}, Dict{"z": 0.5})
	fmt.Printf("%x %X %o %c %q\n", ID(255), Flags(255), ID(8), ID(65), ID(66))
}
