// golden: boxing without allocation: bools and bytes point into
// runtime.staticuint64s, constants into read-only statics (main..stmp_N),
// empty structs at runtime.zerobase.
package main

var sink any

func main() {
	var b byte = 7
	sink = b
	sink = true
	sink = 1000
	sink = "const"
	sink = struct{}{}
	println(sink == nil)
}
