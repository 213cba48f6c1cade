package main

type Animal interface{ Sound() string }

type Cat struct{}
type Cow struct{ name string }

func (Cat) Sound() string   { return "meow" }
func (c Cow) Sound() string { return c.name + " moo" }

type Farm struct {
	main   Animal
	others [2]Animal
	byName map[string]Animal
}

func main() {
	f := Farm{
		main:   Cow{"bess"},
		others: [2]Animal{Cat{}, Cow{"daisy"}},
		byName: map[string]Animal{"tom": Cat{}, "molly": Cow{"molly"}},
	}
	println(f.main.Sound(), f.others[0].Sound(), f.others[1].Sound())
	println(f.byName["tom"].Sound(), f.byName["molly"].Sound())
	zoo := []Animal{Cat{}, &Cow{"ptr"}}
	zoo = append(zoo, Cow{"appended"}, Cat{})
	for i, a := range zoo {
		println(i, a.Sound())
	}
	pf := &Farm{main: Cat{}}
	println(pf.main.Sound(), pf.others[0] == nil, len(pf.byName))
	anys := map[any]any{1: "one", "two": 2}
	println(anys[1] == "one", anys["two"] == 2)
}
