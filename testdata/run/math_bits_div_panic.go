// bits.Div panics with go1.19's runtime errors: division by zero and a
// quotient that overflows (the recovered values are runtime's).
package main

import (
	"fmt"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s recovered: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	try("Div64 by 0", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 by 0", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(7, 1, 3) })
	try("Div by 0", func() { bits.Div(1, 1, 0) })
	try("Rem by 0", func() { bits.Rem(1, 1, 0) })
	try("Rem32 by 0", func() { bits.Rem32(1, 1, 0) })
	fmt.Println(bits.Rem(10, 3, 7), bits.Rem32(10, 3, 7))
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	bits.Div64(1, 2, 1)
}
