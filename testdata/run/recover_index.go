// Runtime errors are panics a deferred call can recover: index out of range.
package main

func get(s []int, i int) (v int) {
	defer func() {
		if recover() != nil {
			v = -1
		}
	}()
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	println(get(s, 1), get(s, 5), get(s, -1))
	str := "abc"
	func() {
		defer func() { println("string index recovered:", recover() != nil) }()
		println(str[len(str)+2])
	}()
}
