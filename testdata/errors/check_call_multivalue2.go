// f(g()) where f takes one value or g gives none, and g's results assigned
// to variables of another type (gc stops after ten errors, hence a second
// file).
package main

import "fmt"

func g() (int, int) { return 1, 2 }
func none()         {}

func main() {
	var x, y string = g() // ERROR `cannot use g\(\) \(value of type int\) as type string in assignment`
	_, _ = x, y
	_ = make(g())       // ERROR `g\(\) is not a type`
	panic(g())          // ERROR `invalid operation: too many arguments for panic\(g\(\)\) \(expected 1, found 2\)`
	println(none())     // ERROR `none\(\) \(no value\) used as value`
	fmt.Println(none()) // ERROR `none\(\) \(no value\) used as value`
}
