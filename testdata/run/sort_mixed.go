package main

import (
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Fay", 30}}
	sort.Stable(byAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(byAge(people)))
	fmt.Println(people[0], people[len(people)-1])
	x := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(x)
	fmt.Println(x, sort.SearchInts(x, 8), sort.SearchInts(x, 4), sort.IntsAreSorted(x))
	s := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Strings(s)
	fmt.Println(s)
	f := []float64{3, -1, 2.5, 0, -7}
	sort.Float64s(f)
	fmt.Println(f)
	for _, n := range []int{0, 1, 2, 13, 100, 1000, 5000} {
		a := make([]int, n)
		for i := range a {
			a[i] = int(next() % 50)
		}
		b := make([]person, n)
		for i := range b {
			b[i] = person{fmt.Sprint(i), int(next() % 10)}
		}
		sort.Ints(a)
		sort.SliceStable(b, func(i, j int) bool { return b[i].age < b[j].age })
		h := 0
		for _, p := range b {
			h = h*31 + p.age*1000 + len(p.name)
		}
		sort.Slice(b, func(i, j int) bool { return b[i].name < b[j].name })
		fmt.Println(n, sort.IntsAreSorted(a), h, sort.SliceIsSorted(b, func(i, j int) bool { return b[i].name < b[j].name }))
	}
	defer func() { fmt.Println(recover()) }()
	sort.Slice(3, func(i, j int) bool { return false })
}
