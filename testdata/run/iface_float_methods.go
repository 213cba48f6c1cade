package main

type Measure interface {
	Value() float64
	Scaled(k float64) Measure
}

type Meters float64
type Feet float32

func (m Meters) Value() float64           { return float64(m) }
func (m Meters) Scaled(k float64) Measure { return Meters(float64(m) * k) }
func (f Feet) Value() float64             { return float64(f) * 0.3048 }
func (f Feet) Scaled(k float64) Measure   { return Feet(float64(f) * k) }

func main() {
	ms := []Measure{Meters(2.5), Feet(10), Meters(0)}
	total := 0.0
	for _, m := range ms {
		total += m.Scaled(2).Value()
	}
	println(total)
	var a any = 2.5
	var b any = float32(2.5)
	println(a == 2.5, b == float32(2.5), a == b)
	println(ms[0] == Meters(2.5), ms[1] == Feet(10))
}
