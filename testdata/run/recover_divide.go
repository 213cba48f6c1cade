// Integer division by zero is recoverable.
package main

func div(a, b int) (q int, err bool) {
	defer func() {
		if recover() != nil {
			err = true
		}
	}()
	q = a / b
	return
}

func main() {
	println(div(9, 3))
	println(div(9, 0))
	var z int8
	func() {
		defer func() { println("int8 modulo recovered:", recover() != nil) }()
		println(int8(7) % z)
	}()
}
