package main

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "other"
}

func main() {
	var s interface{ String() string } = Color(1)
	println(s.String())
	panic(Color(1))
}
