// Assigning range iteration values: types must be assignable, and being assigned by a range clause is not a use.
package main

func main() {
	var (
		i   int    // ERROR `i declared but not used`
		s   string // ERROR `s declared but not used`
		b   byte
		r   rune
		f   float64
		arr [3]string
		m   map[string]bool
	)
	for i, s = range arr {
	}
	for s = range arr { // ERROR `cannot use s \(value of type int\) as type string in assignment`
	}
	for i, b = range "abc" { // ERROR `cannot use b \(value of type rune\) as type byte in assignment`
	}
	for i, r = range []byte("x") { // ERROR `cannot use r \(value of type byte\) as type rune in assignment`
	}
	for s, i = range m { // ERROR `cannot use i \(value of type bool\) as type int in assignment`
	}
	for f = range m { // ERROR `cannot use f \(value of type string\) as type float64 in assignment`
	}
	for i, s := range m {
		_, _ = i, s
	}
	for k, v := range m {
		var n int = k // ERROR `cannot use k \(variable of type string\) as type int in variable declaration`
		_, _ = n, v
	}
	_, _, _ = b, r, f
}
