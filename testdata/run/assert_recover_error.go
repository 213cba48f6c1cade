// Recovered runtime errors are error values: r.(error) and Error() give
// go1.19's texts; panic("s") recovers as a string; runtime errors compare.
package main

type RuntimeErr interface {
	error
	RuntimeError()
}

func try(f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			_, rt := r.(RuntimeErr)
			println("error:", err.Error(), rt)
			return
		}
		if s, ok := r.(string); ok {
			println("string:", s)
			return
		}
		println("other", r == nil)
	}()
	f()
}

func main() {
	try(func() {
		a := []int{1}
		i := 3
		_ = a[i]
	})
	try(func() {
		var m map[int]int
		m[1] = 2
	})
	try(func() {
		z := 0
		_ = 5 / z
	})
	try(func() {
		var x any = "s"
		_ = x.(int)
	})
	try(func() {
		var x any = 1
		_ = x.(error)
	})
	try(func() {
		var p *int
		_ = *p
	})
	try(func() { panic("plain") })
	try(func() { panic(7) })
	try(func() {
		s := "abc"
		i := 5
		_ = s[1:i]
	})
	var e1, e2 error
	func() {
		defer func() { e1 = recover().(error) }()
		var m map[int]int
		m[0] = 0
	}()
	func() {
		defer func() { e2 = recover().(error) }()
		var m map[int]int
		m[0] = 0
	}()
	println(e1.Error() == e2.Error())
}
