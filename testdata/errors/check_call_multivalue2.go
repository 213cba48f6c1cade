// f(g()) where f takes one value or g gives none, g's results assigned to
// variables of another type, and results that do not fit the parameters
// they go to, each reported (gc stops after ten errors, hence a second
// file).
package main

import "fmt"

func g() (int, int) { return 1, 2 }
func none()         {}

func bytesAndString() ([]byte, string) { return nil, "x" }
func anys() ([]any, int, string)       { return nil, 1, "" }

func main() {
	var x, y string = g() // ERROR `cannot use g\(\) \(value of type int\) as type string in assignment`
	_, _ = x, y
	_ = make(g())                // ERROR `g\(\) is not a type`
	panic(g())                   // ERROR `invalid operation: too many arguments for panic\(g\(\)\) \(expected 1, found 2\)`
	println(none())              // ERROR `none\(\) \(no value\) used as value`
	fmt.Println(none())          // ERROR `none\(\) \(no value\) used as value`
	_ = append(bytesAndString()) // ERROR `cannot use bytesAndString\(\) \(value of type string\) as type byte in argument to append`
	_ = append(anys())
	var f func(...int)
	f(anys()) // ERROR `cannot use anys\(\) \(value of type \[\]any\) as type int in argument to f` `cannot use anys\(\) \(value of type string\) as type int in argument to f`
}
