// Method expressions through *T and through embedded fields: their wrappers, and panicwrap recovered.
package main

type Inner struct{ v int }

func (i Inner) Get() int     { return i.v }
func (i *Inner) Set(v int)   { i.v = v }
func (i Inner) Add(d int) int { return i.v + d }

type Outer struct {
	Inner
	name string
}

type Deep struct {
	*Outer
}

func main() {
	o := Outer{Inner{3}, "o"}
	get := Outer.Get
	println(get(o))
	set := (*Outer).Set
	set(&o, 9)
	println(o.v, (*Outer).Get(&o), Outer.Add(o, 1))
	d := Deep{&o}
	println(Deep.Get(d), (*Deep).Add(&d, 5))
	Deep.Set(d, 11)
	println(o.v)
	pg := (*Inner).Get
	in := &Inner{4}
	println(pg(in))
	defer func() {
		println("recovered:", recover() != nil)
	}()
	var nilp *Inner
	pg(nilp)
}
