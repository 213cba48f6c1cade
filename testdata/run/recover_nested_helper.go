// recover in a function called by the deferred function does not stop the
// panic.
package main

func tryRecover() {
	if r := recover(); r != nil {
		println("unexpected")
	} else {
		println("helper saw nil")
	}
}

func main() {
	defer func() {
		tryRecover()
	}()
	panic("not stopped")
}
