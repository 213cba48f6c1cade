// fallthrough may only be the last statement of a non-final expression switch clause.
package main

func main() {
	x := 1
	var i interface{} = x
	fallthrough // ERROR `fallthrough statement out of place`
	switch x {
	case 1:
		fallthrough // ERROR `fallthrough statement out of place`
		x++
	case 2:
		{
			fallthrough // ERROR `fallthrough statement out of place`
		}
	case 3:
		for {
			fallthrough // ERROR `fallthrough statement out of place`
		}
	default:
		fallthrough // ERROR `cannot fallthrough final case in switch`
	}
	switch i.(type) {
	case int:
		fallthrough // ERROR `cannot fallthrough in type switch`
	case string:
	}
	if x > 0 {
		fallthrough // ERROR `fallthrough statement out of place`
	}
	switch {
	case x > 1:
		func() {
			fallthrough // ERROR `fallthrough statement out of place`
		}()
	case x > 2:
	}
}
