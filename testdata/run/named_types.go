// named_types: defined types and aliases over integers, strings and bools:
// conversions, typed constants, arithmetic that wraps at the underlying width,
// local type declarations, and declarations used before they appear.
package main

type Celsius int
type Fahrenheit int
type Small int8
type Name string
type Flag bool
type Count = int
type Label = Name

const Boiling Celsius = 100

const (
	Low Small = iota - 2
	Mid
	High
)

func toF(c Celsius) Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func greet(n Label) Name {
	return "hello, " + n
}

func later() Later { return 41 }

type Later uint16

func main() {
	var c Celsius = 37
	println(toF(c), toF(Boiling), toF(-40))
	var n Count = 3
	var i int = n
	println(i + n)
	s := Small(127)
	s++
	println(s, Low, Mid, High)
	println(greet("gopher"), len(greet("x")))
	var f Flag = c > 30
	if f {
		println("warm", !f)
	}
	type Local uint8
	var l Local = 250
	l += 10
	println(l, later()+1)
	u := Later(65535)
	u++
	println(u, Celsius(Small(-3)), Name("abc") < "abd")
}
