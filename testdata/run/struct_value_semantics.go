package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func move(p Point, dx, dy int) Point {
	p.X += dx
	p.Y += dy
	return p
}

func moveInPlace(p *Point, dx, dy int) {
	p.X += dx
	p.Y += dy
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	a := Point{1, 2}
	b := a // a copy
	b.X = 10
	println(a.X, a.Y, b.X, b.Y)

	c := move(a, 5, 5) // the parameter is a copy
	println(a.X, a.Y, c.X, c.Y)
	moveInPlace(&a, 100, 200)
	println(a.X, a.Y)

	r := Rect{Point{0, 0}, Point{3, 4}, "r"}
	r2 := r
	r2.Max.X = 10
	r2.Name = "r2"
	println(area(r), area(r2), r.Name, r2.Name)

	// Swapping structs with a tuple assignment.
	p, q := Point{1, 1}, Point{2, 2}
	p, q = q, p
	println(p.X, q.X)

	// Assigning a whole struct field.
	r.Min = Point{-1, -1}
	println(r.Min.X, r.Min.Y, area(r))

	// A struct inside an array element is copied on assignment.
	var arr [2]Rect
	arr[0] = r
	arr[1] = arr[0]
	arr[1].Min.X = 42
	println(arr[0].Min.X, arr[1].Min.X)

	// Zero values.
	var z Rect
	println(z.Min.X, z.Max.Y, len(z.Name), z.Name == "")

	// Anonymous structs.
	var s struct {
		a int
		b string
	}
	s.a = 3
	s.b = "anon"
	t := s
	t.a++
	println(s.a, s.b, t.a, t.b)

	// Op-assign and ++ on fields.
	a.X *= 2
	a.Y -= 1
	a.X++
	println(a.X, a.Y)
}
