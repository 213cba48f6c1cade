// .(type) is allowed only as a type switch guard, and the switch symbol needs := and a single name.
package main

type I interface{ M() }

func main() {
	var i I
	_ = i.(type)         // ERROR `invalid AST: use of \.\(type\) outside type switch`
	var t = i.(type)     // ERROR `invalid AST: use of \.\(type\) outside type switch`
	if i.(type) == nil { // ERROR `invalid AST: use of \.\(type\) outside type switch`
	}
	_ = t
	switch i.(type) {
	default:
	default: // ERROR `multiple defaults \(first at .*:14:2\)`
	}
}
