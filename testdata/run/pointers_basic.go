// Pointers: &x of a local (which then lives on the heap), *p++ through a parameter, new, nil.
package main

func inc(p *int) {
	*p++
}

func main() {
	x := 1
	inc(&x)
	q := &x
	println(*q == 2)
	r := new(int)
	_ = r
	var n *int = nil
	println(n == nil)
}
