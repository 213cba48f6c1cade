// panic(nil) in go1.19 prints "panic: nil", and recover returns nil for it.
package main

func main() {
	defer func() {
		println("recover() == nil:", recover() == nil)
		panic(nil)
	}()
	panic(nil)
}
