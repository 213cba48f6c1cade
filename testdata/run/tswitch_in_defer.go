// Type switches on recovered values inside deferred closures, and a type
// switch whose case body panics and is recovered by the caller.
package main

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func run(f func()) (s string) {
	defer func() {
		switch v := recover().(type) {
		case nil:
			s = "no panic"
		case error:
			s = "error: " + v.Error()
		case string:
			s = "string: " + v
		case int:
			s = "int"
		default:
			s = "other"
		}
	}()
	f()
	return "returned"
}

func main() {
	println(run(func() {}))
	println(run(func() { panic(E{"e"}) }))
	println(run(func() { panic("s") }))
	println(run(func() { panic(3) }))
	println(run(func() { panic(2.5) }))
	println(run(func() {
		var x any = []int{}
		switch x.(type) {
		case []int:
			var a []int
			_ = a[1]
		}
	}))
}
