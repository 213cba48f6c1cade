package main

import (
	"fmt"
)

type Both int
func (b Both) Error() string  { return "error wins" }
func (b Both) String() string { return "string loses" }
type OnlyErr struct{ code int }
func (e OnlyErr) Error() string { return fmt.Sprint("code ", e.code) }
func main() {
	fmt.Println(Both(1))
	fmt.Printf("%v %s %q %d\n", Both(1), Both(2), Both(3), Both(4))
	var err error = OnlyErr{5}
	fmt.Println(err, OnlyErr{6})
	fmt.Printf("%v|%10v|%-12s|%x\n", err, err, err, err)
	errs := []error{OnlyErr{1}, nil, Both(0)}
	fmt.Println(errs)
}
