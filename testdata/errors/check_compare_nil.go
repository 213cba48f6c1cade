// nil compares only with pointers, slices, maps, functions and interfaces.
package main

type S struct{ a int }

type Arr [3]int

func main() {
	var (
		i  int
		s  string
		st S
		ar Arr
		b  bool
		p  *S
		e  interface{}
		sl []S
	)
	_ = i == nil   // ERROR `invalid operation: i == nil \(mismatched types int and untyped nil\)`
	_ = s != nil   // ERROR `invalid operation: s != nil \(mismatched types string and untyped nil\)`
	_ = st == nil  // ERROR `invalid operation: st == nil \(mismatched types S and untyped nil\)`
	_ = ar == nil  // ERROR `invalid operation: ar == nil \(mismatched types Arr and untyped nil\)`
	_ = b == nil   // ERROR `invalid operation: b == nil \(mismatched types bool and untyped nil\)`
	_ = nil == nil // ERROR `invalid operation: nil == nil \(operator == not defined on untyped nil\)`
	_ = p == nil
	_ = e != nil
	_ = nil == sl
	_ = nil != i // ERROR `invalid operation: nil != i \(mismatched types untyped nil and int\)`
}
