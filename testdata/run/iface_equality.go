package main

type P struct{ x, y int }

type S interface{ String() string }

func (p P) String() string { return "P" }

func main() {
	var a, b any
	println(a == b)
	a, b = 1, 1
	println(a == b)
	b = int64(1)
	println(a == b)
	a, b = "x", "x"
	println(a == b)
	a, b = P{1, 2}, P{1, 2}
	println(a == b, a == P{1, 2}, a == P{2, 1})
	p := &P{}
	a, b = p, p
	println(a == b, a == &P{})
	a, b = 1.5, 1.5
	println(a == b)
	var s1, s2 S = P{1, 1}, P{1, 1}
	println(s1 == s2, s1 != s2)
	s2 = P{1, 3}
	println(s1 == s2, s1 != s2)
	var e any = s1
	println(e == s1, s1 == e)
	println(e == nil, s1 == nil, nil != s1)
	var z any = 0
	println(z == 0, z == 0.0, z == "")
}
