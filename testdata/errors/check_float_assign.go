// An untyped float constant used as an integer must be integral, and one used
// as a float32 or float64 must fit; messages say "(truncated)" or
// "(overflows)" and name the place.
package main

func takeInt(n int) {}

func half() int {
	return 0.5 // ERROR `cannot use 0.5 \(untyped float constant\) as int value in return statement \(truncated\)`
}

const e int = 'a' * 1.5 // ERROR `cannot use 'a' \* 1.5 \(untyped float constant 145.5\) as int value in constant declaration \(truncated\)`

func main() {
	var a int = 2.5            // ERROR `cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)`
	var b int8 = 1000.0        // ERROR `cannot use 1000.0 \(untyped float constant 1000\) as int8 value in variable declaration \(truncated\)`
	var c float32 = 1e39       // ERROR `cannot use 1e39 \(untyped float constant 1e\+39\) as float32 value in variable declaration \(overflows\)`
	var d float64 = -1e1000000 // ERROR `cannot use -1e1000000 \(untyped float constant -1e\+1000000\) as float64 value in variable declaration \(overflows\)`
	a = 1e100                  // ERROR `cannot use 1e100 \(untyped float constant 1e\+100\) as int value in assignment \(truncated\)`
	takeInt(1.0 / 3)           // ERROR `cannot use 1.0 / 3 \(untyped float constant 0.333333\) as int value in argument to takeInt \(truncated\)`
	println(1e400)             // ERROR `cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in argument to println \(overflows\)`
	switch 1e400 {             // ERROR `cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in switch expression \(overflows\)`
	}
	var ok int = 2.0 // an integral float constant is an integer
	var big float32 = 3.4028234e38
	println(a, b, c, d, ok, big)
}
