// A deferred closure that recovers sets the result; the function then returns
// normally to its caller, which carries on.
package main

func divide(a, b int) (q int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			q, ok = -1, false
		}
	}()
	return a / b, true
}

func check(n int) (msg string) {
	defer func() {
		r := recover()
		if r != nil {
			msg = "recovered"
		}
	}()
	if n > 2 {
		panic("too big")
	}
	return "fine"
}

func main() {
	println(divide(7, 2))
	println(divide(7, 0))
	println(check(1))
	println(check(5))
	println("main goes on")
}
