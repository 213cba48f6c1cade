package main

import (
	"fmt"
)

type Bad struct{}
func (Bad) String() string { panic("boom") }
type BadErr struct{}
func (BadErr) Error() string { panic(fmt.Errorf("deep %d", 7)) }
type BadInt int
func (b BadInt) String() string { panic(int(b)) }
func main() {
	fmt.Println(Bad{})
	fmt.Printf("%v|%s|%d|%q\n", Bad{}, Bad{}, Bad{}, Bad{})
	fmt.Println(BadErr{})
	fmt.Println(BadInt(3), []BadInt{4})
	fmt.Printf("%5v|\n", Bad{})
	s := fmt.Sprint(Bad{}, "after")
	fmt.Println(s)
}
