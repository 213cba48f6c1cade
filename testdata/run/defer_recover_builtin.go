// `defer recover()` is a no-op when it is the deferred call of the panicking
// function (recover runs too early), but stops a panic when deferred by the
// deferred function.
package main

func squelched() (s string) {
	s = "not recovered"
	defer func() {
		defer recover()
	}()
	defer func() { s = "deferred func ran" }()
	panic("squelched")
}

func main() {
	println(squelched())
	defer recover()
	panic("not stopped by defer recover()")
}
