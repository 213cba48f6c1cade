// Function values compare only with nil, so they cannot be switch tags or cases or map keys.
package main

type F func()

func a() {}
func b() {}

func main() {
	f := a
	var g F
	_ = f == nil
	_ = g != nil
	_ = f == a    // ERROR `invalid operation: f == a \(func can only be compared to nil\)`
	_ = a == b    // ERROR `invalid operation: a == b \(func can only be compared to nil\)`
	_ = g == F(a) // ERROR `invalid operation: g == F\(a\) \(func can only be compared to nil\)`
	switch f {
	case nil:
	}
	switch {
	case f == f: // ERROR `invalid operation: f == f \(func can only be compared to nil\)`
	}
	_ = map[F]int{} // ERROR `invalid map key type F`
	_ = []func(){a} == nil
}
