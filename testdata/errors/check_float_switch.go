// Case values take the switch tag's type: a float case of an integer switch
// must be integral, and float constants may not repeat.
package main

func main() {
	var i int
	switch i {
	case 2.5: // ERROR `2.5 \(untyped float constant\) truncated to int`
	case 2.0:
	}
	var f float64
	switch f {
	case 1.5, 3.0 / 2: // ERROR `duplicate case 3.0 / 2 \(constant 1.5 of type float64\) in expression switch`
	case 1, 'a':
	}
}
