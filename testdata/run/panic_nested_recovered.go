// A later panic that is recovered also ends the earlier one it interrupted.
package main

func f() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "recovered the second panic"
		}
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	println(f())
	println("main continues")
}
