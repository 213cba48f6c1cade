package main

import (
	"fmt"
)

type MyBytes []byte
func main() {
	b := []byte("Go!")
	fmt.Println(b)
	fmt.Printf("%v %d %s %q %x %X % x %#x\n", b, b, b, b, b, b, b, b)
	fmt.Printf("%#v %#v\n", b, []byte(nil))
	fmt.Printf("%s %v %x %#v\n", MyBytes("hi"), MyBytes("hi"), MyBytes("hi"), MyBytes("hi"))
	a := [3]byte{65, 66, 67}
	fmt.Printf("%s %v %x %q\n", a, a, a, a)
	fmt.Printf("[%5s][%-5s][%.2s][%8x]\n", b, b, b, b)
	var nb []byte
	fmt.Printf("[%s][%v][%x][%q]\n", nb, nb, nb, nb)
}
