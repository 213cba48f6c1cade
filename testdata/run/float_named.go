// float_named: defined types over float32 and float64 are floats too:
// arithmetic keeps the type's width, conversions between them change the
// width (or nothing), and untyped constants take the named type.
package main

type Celsius float64
type Fahrenheit float64
type Weight float32
type Ratio = float32 // an alias: the same type as float32

func ctof(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func ftoc(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func heavier(a, b Weight) Weight {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(ctof(100), ctof(-40), ftoc(212), ftoc(ctof(37)))
	var w Weight = 0.1
	var r Ratio = 0.1
	var f64 float64 = 0.1
	println(w, r, float64(w) == f64, Weight(r) == w, Weight(f64) == w)
	println(heavier(1.5, 2.25), heavier(-0.5, -0.75))
	w = Weight(ctof(0)) / 3
	println(w, Celsius(w), int(w), Celsius(int64(w)))
	total := Weight(0)
	for i := 0; i < 10; i++ {
		total += 0.1
	}
	println(total, total == 1, Celsius(total) == 1)
}
