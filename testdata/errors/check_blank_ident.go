// The blank identifier can be declared and assigned to, but never used as a value or type.
package main

type _ struct{}

func _() {}

var _ = 1

func main() {
	x := _            // ERROR `cannot use _ as value or type`
	_ = _             // ERROR `cannot use _ as value or type`
	var y int = _ + 1 // ERROR `cannot use _ as value or type`
	_()               // ERROR `cannot use _ as value or type`
	var z _           // ERROR `cannot use _ as value or type`
	_, _ = x, y
	_ = z
	_.f = 1 // ERROR `cannot use _ as value or type`
}
