// Values of every small integer width, and strings, as panic values printed by
// nested panics (each deferred call panics again).
package main

type Small uint8
type Mid int16
type Word uint32
type Name string

func main() {
	defer func() { panic(Name("last")) }()
	defer func() { panic(Word(4000000000)) }()
	defer func() { panic(Mid(-300)) }()
	defer func() { panic(Small(255)) }()
	defer func() { panic(int32(-2)) }()
	defer func() { panic(uint16(65535)) }()
	defer func() { panic("") }()
	panic(uint8(9))
}
