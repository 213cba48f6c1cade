// recover returns nil when there is no panic, when it is not called by a
// deferred function, and when it is called by a function the deferred
// function calls.
package main

func helper() bool { return recover() != nil }

func main() {
	println("no panic:", recover() == nil)
	defer func() {
		println("called by deferred func's callee:", helper())
		println("called by the deferred func:", recover() != nil)
	}()
	func() {
		defer func() { println("deferred, no panic:", recover() == nil) }()
	}()
	panic("boom")
}
