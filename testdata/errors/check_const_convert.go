// Constant conversions must be exact: values must fit the target type, floats must be integral, and only integers convert to string.
package main

type Small int8

func main() {
	_ = int8(300)  // ERROR `cannot convert 300 \(untyped int constant\) to type int8`
	_ = uint(-1)   // ERROR `cannot convert -1 \(untyped int constant\) to type uint`
	_ = Small(128) // ERROR `cannot convert 128 \(untyped int constant\) to type Small`
	_ = int(2.5)   // ERROR `cannot convert 2\.5 \(untyped float constant\) to type int`
	_ = int(2.5 * 2)
	_ = string(65.0)   // ERROR `cannot convert 65\.0 \(untyped float constant 65\) to type string`
	_ = string(true)   // ERROR `cannot convert true \(untyped bool constant\) to type string`
	_ = int("1")       // ERROR `cannot convert "1" \(untyped string constant\) to type int`
	_ = []byte(65)     // ERROR `cannot convert 65 \(untyped int constant\) to type \[\]byte`
	_ = uint8(255 + 1) // ERROR `cannot convert 255 \+ 1 \(untyped int constant 256\) to type uint8`
}
