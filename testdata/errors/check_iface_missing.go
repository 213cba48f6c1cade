// A type implements an interface only if its method set has every method of the interface.
package main

type Shape interface {
	Area() int
	Perimeter() int
}

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Named int

func (Named) Perimeter() int { return 0 }

func use(s Shape) {}

func main() {
	var s Shape = Square{1}                // ERROR `cannot use Square\{…\} \(value of type Square\) as type Shape in variable declaration:(\n\tSquare does not implement Shape \(missing Perimeter method\))?$`
	use(Named(1))                          // ERROR `cannot use Named\(1\) \(constant 1 of type Named\) as type Shape in argument to use:(\n\tNamed does not implement Shape \(missing Area method\))?$`
	s = 3                                  // ERROR `cannot use 3 \(constant of type int\) as type Shape in assignment:(\n\tint does not implement Shape \(missing Area method\))?$`
	var e error = Square{}                 // ERROR `cannot use Square\{\} \(value of type Square\) as type error in variable declaration:(\n\tSquare does not implement error \(missing Error method\))?$`
	shapes := []Shape{Square{2}, Named(2)} // ERROR `cannot use Square\{…\} \(value of type Square\) as type Shape in array or slice literal:(\n\tSquare does not implement Shape \(missing Perimeter method\))?$` `cannot use Named\(2\) \(constant 2 of type Named\) as type Shape in array or slice literal:(\n\tNamed does not implement Shape \(missing Area method\))?$`
	m := map[string]Shape{"a": Square{}}   // ERROR `cannot use Square\{\} \(value of type Square\) as type Shape in map literal:(\n\tSquare does not implement Shape \(missing Perimeter method\))?$`
	_, _, _ = s, e, shapes
	_ = m
	var st fmtStringer = "abc" // ERROR `cannot use "abc" \(constant of type string\) as type fmtStringer in variable declaration:(\n\tstring does not implement fmtStringer \(missing String method\))?$`
	_ = st
}

type fmtStringer interface{ String() string }

func ret() Shape {
	return Named(0) // ERROR `cannot use Named\(0\) \(constant 0 of type Named\) as type Shape in return statement:(\n\tNamed does not implement Shape \(missing Area method\))?$`
}
