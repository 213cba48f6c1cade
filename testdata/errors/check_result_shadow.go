// A bare return is not allowed where a named result is shadowed by another declaration.
package main

func f() (x int) {
	{
		x := 2
		_ = x
		return // ERROR `result parameter x not in scope at return(\n\t.*:6:3: inner declaration of var x int)?$`
	}
}

func g(b bool) (n int, err error) {
	if b {
		var err error
		_ = err
		return // ERROR `result parameter err not in scope at return(\n\t.*:14:7: inner declaration of var err error)?$`
	}
	for n := 0; n < 3; n++ {
		return // ERROR `result parameter n not in scope at return(\n\t.*:18:6: inner declaration of var n int)?$`
	}
	return
}

func h() (s string) {
	func() {
		s := "x"
		_ = s
	}()
	return
}

func main() {}
