package main

type Greeter interface{ Greet() string }

type En struct{}
type Fr struct{ name string }

func (En) Greet() string   { return "hello" }
func (f Fr) Greet() string { return "bonjour " + f.name }

var g Greeter = En{}
var table = map[string]Greeter{"en": En{}, "fr": Fr{"ami"}}
var anything any = 12345
var list = []any{1, "two", 3.0}

func main() {
	println(g.Greet())
	g = Fr{"x"}
	println(g.Greet())
	println(table["en"].Greet(), table["fr"].Greet())
	println(anything == 12345, len(list), list[1] == "two")
}
