package main

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Loud struct {
	Speaker
	times int
}

func (l Loud) Shout() string {
	s := ""
	for i := 0; i < l.times; i++ {
		s += l.Speak() + "! "
	}
	return s
}

func main() {
	l := Loud{Dog{"rex"}, 2}
	println(l.Speak())
	println(l.Shout())
	var s Speaker = l // Loud has Speak promoted from its embedded interface
	println(s.Speak())
	var p Speaker = &l
	l.Speaker = Dog{"fido"}
	println(p.Speak())
}
