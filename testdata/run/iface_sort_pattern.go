package main

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface) {
	n := data.Len()
	for i := 1; i < n; i++ {
		for j := i; j > 0 && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] < x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type Person struct {
	name string
	age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type reverse struct{ Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func Reverse(data Interface) Interface { return &reverse{data} }

func main() {
	xs := Ints{5, 2, 8, 1, 9, 3}
	Sort(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println()
	Sort(Reverse(xs))
	for _, x := range xs {
		print(x, " ")
	}
	println()
	people := ByAge{{"alice", 30}, {"bob", 25}, {"carol", 35}}
	Sort(people)
	for _, p := range people {
		println(p.name, p.age)
	}
}
