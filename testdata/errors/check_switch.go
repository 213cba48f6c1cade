// Expression switches: case values must match the tag's type, constants may
// not repeat, one default, fallthrough only at the end of a non-final clause;
// a switch is terminating only with a default and no break.
package main

func main() {
	x := 1
	s := "a"
	switch x {
	case 1, 2:
	case 1: // ERROR `duplicate case 1 \(constant of type int\) in expression switch`
	case "a": // ERROR `cannot convert "a" \(untyped string constant\) to int`
	default:
	default: // ERROR `multiple defaults \(first at .*:13:2\)`
	}
	switch {
	case x: // ERROR `invalid case x in switch on true \(mismatched types int and bool\)`
	case s == "a":
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	switch s {
	case "a":
		if true {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case "b":
	}
	println(f(1), g(2))
}

func f(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 2
	}
}

func g(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"
