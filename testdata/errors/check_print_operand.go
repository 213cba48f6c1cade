// print and println accept basic types, pointers, slices, maps, funcs and interfaces but not structs or arrays (reported after type checking).
package main

type T struct{ a int }

type A [2]int

func main() {
	var p *T
	var e error
	var f func()
	println(T{})  // ERROR `illegal types for operand: print(\n\tT)?$`
	print(A{}, 1) // ERROR `illegal types for operand: print(\n\tA)?$`
	println(p, e, f, []int{1}, map[int]int{}, "ok")
	println(1, [1]string{"x"}) // ERROR `illegal types for operand: print(\n\t\[1\]string)?$`
	print(struct{}{})          // ERROR `illegal types for operand: print(\n\tstruct \{\})?$`
}
