// Defined types are distinct from their underlying types; aliases are not;
// a type cannot be defined in terms of itself.
package main

type A B // ERROR "invalid recursive type A"
type B A

type Celsius int
type Alias = int

func main() {
	var c Celsius = 5
	var i int = c // ERROR `cannot use c \(variable of type Celsius\) as type int in variable declaration`
	var a Alias = 3
	var n int = a
	c = c + i // ERROR `invalid operation: c \+ i \(mismatched types Celsius and int\)`
	type Local int
	var l Local = 1
	l = c // ERROR `cannot use c \(variable of type Celsius\) as type Local in assignment`
	println(c, i, a, n, l)
	var x Undef // ERROR "undefined: Undef"
	var y main  // ERROR `main \(value of type func\(\)\) is not a type`
}
