package main

type Stringer interface{ String() string }

type Point struct{ X, Y int }

func (p Point) String() string { return "(" + itoa(p.X) + "," + itoa(p.Y) + ")" }

type Name string

func (n Name) String() string { return "name:" + string(n) }

type List []Stringer

func (l List) String() string {
	s := "["
	for i, x := range l {
		if i > 0 {
			s += " "
		}
		s += x.String()
	}
	return s + "]"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func show(xs ...Stringer) {
	for _, x := range xs {
		println(x.String())
	}
}

func main() {
	show(Point{1, 2}, Name("bob"), List{Point{3, -4}, Name("x")})
	var s Stringer = List{}
	println(s.String())
}
