// Selecting a field or method that does not exist, including the "but does have" hint for a differently capitalized name.
package main

type T struct {
	Name  string
	count int
}

func (T) Method() {}

func (t *T) reset() {}

type P *T

func main() {
	var t T
	var p *T = &t
	var pp **T = &p
	_ = t.name    // ERROR `t\.name undefined \(type T has no field or method name, but does have Name\)`
	_ = t.Count   // ERROR `t\.Count undefined \(type T has no field or method Count, but does have count\)`
	_ = p.missing // ERROR `p\.missing undefined \(type \*T has no field or method missing\)`
	t.method()    // ERROR `t\.method undefined \(type T has no field or method method, but does have Method\)`
	p.Reset()     // ERROR `p\.Reset undefined \(type \*T has no field or method Reset, but does have reset\)`
	_ = pp.Name   // ERROR `pp\.Name undefined \(type \*\*T has no field or method Name\)`
	var n int
	_ = n.x // ERROR `n\.x undefined \(type int has no field or method x\)`
	var s []T
	_ = s.Name // ERROR `s\.Name undefined \(type \[\]T has no field or method Name\)`
	var q P = p
	_ = q.Name
	q.Method() // ERROR `q\.Method undefined \(type P has no field or method Method\)`
}
