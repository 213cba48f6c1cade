// The comma-ok forms of map index and type assertion yield two values only as the whole right-hand side of an assignment or declaration.
package main

var m = map[string]int{}

func use(v int, ok bool) {}

func lookup() (int, bool) {
	return m["a"] // ERROR `not enough return values(\n\thave \(int\)\n\twant \(int, bool\))?$`
}

func assert(e interface{}) (string, bool) {
	return e.(string) // ERROR `not enough return values(\n\thave \(string\)\n\twant \(string, bool\))?$`
}

func main() {
	var e interface{} = 1
	v, ok := m["a"]
	n, ok2 := e.(int)
	_, _, _, _ = v, ok, n, ok2
	a, b, c := m["a"] // ERROR `assignment mismatch: 3 variables but 1 value`
	use(m["a"])       // ERROR `not enough arguments in call to use(\n\thave \(int\)\n\twant \(int, bool\))?$`
	x, y := m["a"], 1
	var p, q = e.(int), true
	var t, u, w = e.(string) // ERROR `assignment mismatch: 3 variables but 1 value`
	var notBool int
	v, notBool = m["a"] // ERROR `cannot use m\["a"\] \(untyped bool value\) as int value in assignment`
	var s string
	n, s = e.(int) // ERROR `cannot use e\.\(int\) \(untyped bool value\) as string value in assignment`
	_, _, _, _, _, _, _, _, _, _ = a, b, c, x, y, p, q, t, u, w
	_, _ = notBool, s
}
