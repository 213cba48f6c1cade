// defer needs a function or method call; conversions and result-producing builtins are not allowed.
package main

type T struct{}

func (T) M() {}

func f() int { return 1 }

func main() {
	s := []int{1}
	defer f()
	defer int(1) // ERROR `defer requires function call, not conversion int\(1\) \(constant 1 of type int\)`
	defer len(s) // ERROR `defer discards result of len\(s\) \(value of type int\)`
	defer append(s, 1) // ERROR `defer discards result of append\(s, 1\) \(value of type \[\]int\)`
	defer T{}.M()
	defer T.M(T{})
	defer print("x")
	defer recover()
	defer panic(1)
	defer cap(s) // ERROR `defer discards result of cap\(s\) \(value of type int\)`
	defer new(int) // ERROR `defer discards result of new\(int\) \(value of type \*int\)`
	defer (func() {})()
	defer T(T{}) // ERROR `defer requires function call, not conversion T\(T\{\}\) \(value of type T\)`
	defer copy(s, s)
	defer delete(map[int]int{}, 1)
}
