// (*[N]T)(s): the array pointer shares the slice's memory; a slice shorter
// than N panics (recovered here, then unrecovered).
package main

func main() {
	s := make([]byte, 8, 10)
	p := (*[8]byte)(s)
	p[3] = 7
	println(&p[0] == &s[0], s[3], len(p))
	q := (*[2]byte)(s[6:])
	q[1] = 9
	println(s[7])
	var nils []int
	println((*[0]int)(nils) == nil, (*[0]int)([]int{}) != nil)
	func() {
		defer func() { println("recovered:", recover() != nil) }()
		_ = (*[9]byte)(s)
	}()
	_ = (*[11]byte)(s)
}
