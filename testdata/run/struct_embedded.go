package main

type Base struct {
	ID   int
	Name string
}

type Pos struct {
	X, Y int
}

type Entity struct {
	Base
	*Pos
	Health int
}

type Player struct {
	Entity
	Score int
	Name  string // shadows Base.Name
}

func describe(e Entity) {
	println(e.ID, e.Name, e.X, e.Y, e.Health)
}

func main() {
	p := Player{}
	p.ID = 7               // promoted through Entity.Base
	p.Entity.Name = "base" // the shadowed one
	p.Name = "player"
	p.Pos = &Pos{1, 2} // embedded pointer
	p.X += 10          // promoted through the embedded pointer
	p.Health = 50
	p.Score = 3
	println(p.ID, p.Entity.Name, p.Name, p.Base.Name, p.X, p.Y, p.Health, p.Score)
	describe(p.Entity)

	// Copying an Entity copies the pointer, not the Pos: both share it.
	e := p.Entity
	e.X = 99
	e.ID = 1
	println(p.X, e.X, p.ID, e.ID)

	// Promoted fields through a pointer to the outer struct.
	pp := &p
	pp.Y = -4
	pp.Health--
	println(p.Y, p.Health, pp.Entity.Base.ID)

	// A composite literal with embedded fields by type name.
	q := Player{Entity: Entity{Base: Base{ID: 2, Name: "q"}, Pos: &Pos{5, 6}, Health: 1}, Name: "Q"}
	println(q.ID, q.Base.Name, q.Name, q.X, q.Y)

	// Addresses of promoted fields.
	px := &q.X
	*px = 500
	pid := &q.ID
	*pid = 600
	println(q.Pos.X, q.Entity.Base.ID)
}
