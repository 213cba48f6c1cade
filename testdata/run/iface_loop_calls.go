package main

type Op interface{ Apply(x int) int }

type Add struct{ n int }
type Mul struct{ n int }
type Neg struct{}

func (a Add) Apply(x int) int  { return x + a.n }
func (m *Mul) Apply(x int) int { return x * m.n }
func (Neg) Apply(x int) int    { return -x }

func main() {
	ops := []Op{Add{3}, &Mul{2}, Neg{}, Add{-1}}
	x := 1
	for i := 0; i < 100000; i++ {
		for _, op := range ops {
			x = op.Apply(x) % 1000003
		}
	}
	println(x)
	sum := 0
	for i := 0; i < 1000; i++ {
		var op Op = Add{i}
		sum += op.Apply(i)
	}
	println(sum)
}
