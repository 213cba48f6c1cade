// float_globals: package-level float variables live in memory (main.x):
// a float64 in 8 bytes, a float32 in 4; initialized in dependency order by
// main.init, zero (+0) without an initializer.
package main

type Celsius float64
type Meters float32

var (
	total           = scale * base // initialized after scale and base
	scale           = 2.5
	base    float64 = 4
	ratio   float32 = 1.0 / 3
	zero    float64
	zero32  float32
	freeze  Celsius = 0
	boiling         = Celsius(100)
	height  Meters  = 1.75
	counter float64
	half    = float32(ratio) * 1.5
)

func bump() float64 {
	counter += 0.5
	return counter
}

func main() {
	println(total, scale, base, ratio, zero, zero32)
	println(freeze, boiling, height, half)
	bump()
	bump()
	b := bump()
	println(counter, b)
	ratio *= 3
	height += 0.25
	boiling = boiling*9/5 + 32
	println(ratio, ratio == 1, height, boiling)
	zero32 = -zero32
	zero = -zero
	println(zero32, zero, 1/zero)
}
