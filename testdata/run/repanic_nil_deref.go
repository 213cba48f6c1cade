// A recovered nil dereference panicked again: the signal line follows.
package main

type T struct{ a, b int }

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(r)
		}
	}()
	var t *T
	println(t.b)
}
