// Assignment operators and ++ on floats follow the binary operators.
package main

func main() {
	var f float64
	var i int
	f %= 2     // ERROR `invalid operation: operator % not defined on f \(variable of type float64\)`
	f |= 1     // ERROR `invalid operation: operator | not defined on f \(variable of type float64\)`
	i += 2.5   // ERROR `2.5 \(untyped float constant\) truncated to int`
	i *= 1e100 // ERROR `1e100 \(untyped float constant 1e\+100\) truncated to int`
	f++
	f += 'a'
	i += 2.0
	println(f, i, !f) // ERROR `invalid operation: operator ! not defined on f \(variable of type float64\)`
}
