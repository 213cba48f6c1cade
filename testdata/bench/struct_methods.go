// struct_methods: small value and pointer methods on a vector struct, called
// in a particle simulation loop (structs passed and returned by value).
package main

import "os"

func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n / 20
	}
	return n
}

type Vec struct{ X, Y, Z float64 }

func (a Vec) Add(b Vec) Vec       { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k, a.Z * k} }
func (a Vec) Dot(b Vec) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec) Neg() Vec            { return Vec{-a.X, -a.Y, -a.Z} }

type Particle struct {
	Pos, Vel Vec
	Mass     float64
}

func (p *Particle) Step(dt float64, g Vec) {
	p.Vel = p.Vel.Add(g.Scale(dt))
	p.Pos = p.Pos.Add(p.Vel.Scale(dt))
	if p.Pos.Y < 0 {
		p.Pos.Y = -p.Pos.Y
		p.Vel = Vec{p.Vel.X, -p.Vel.Y, p.Vel.Z}
	}
}

func (p *Particle) Energy() float64 { return 0.5 * p.Mass * p.Vel.Dot(p.Vel) }

func main() {
	ps := make([]Particle, 100)
	for i := range ps {
		f := float64(i)
		ps[i] = Particle{Vec{f, f * 2, f * 3}, Vec{1, 0, -1}.Scale(f / 10), 1 + f/100}
	}
	g := Vec{0, -9.81, 0}
	e := 0.0
	iters := work(100000)
	for step := 0; step < iters; step++ {
		for i := range ps {
			ps[i].Step(0.001, g)
		}
		if step%1000 == 0 {
			for i := range ps {
				e += ps[i].Energy()
			}
		}
	}
	println(e, ps[7].Pos.Neg().Dot(Vec{1, 1, 1}))
}
