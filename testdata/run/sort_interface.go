package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

// byKeys sorts by department, then salary descending, then name.
type byKeys []Employee

func (e byKeys) Len() int      { return len(e) }
func (e byKeys) Swap(i, j int) { e[i], e[j] = e[j], e[i] }
func (e byKeys) Less(i, j int) bool {
	if e[i].Dept != e[j].Dept {
		return e[i].Dept < e[j].Dept
	}
	if e[i].Salary != e[j].Salary {
		return e[i].Salary > e[j].Salary
	}
	return e[i].Name < e[j].Name
}

type countingSorter struct {
	data  []int
	swaps int
}

func (c *countingSorter) Len() int           { return len(c.data) }
func (c *countingSorter) Less(i, j int) bool { return c.data[i] < c.data[j] }
func (c *countingSorter) Swap(i, j int)      { c.data[i], c.data[j] = c.data[j], c.data[i]; c.swaps++ }

func main() {
	staff := []Employee{{"Ann", "eng", 120}, {"Bob", "ops", 90}, {"Cid", "eng", 150}, {"Dee", "eng", 120}, {"Eve", "ops", 95}, {"Fox", "art", 70}, {"Gus", "eng", 120}, {"Hal", "art", 70}}
	sort.Sort(byKeys(staff))
	for _, e := range staff {
		fmt.Printf("%-4s %-4s %d\n", e.Dept, e.Name, e.Salary)
	}
	var data sort.Interface = byKeys(staff)
	fmt.Println(sort.IsSorted(data), data.Len())
	c := &countingSorter{data: []int{1, 2, 3, 4, 5}}
	sort.Sort(c)
	fmt.Println(c.data, sort.IsSorted(c))
	c.data = []int{5, 4, 3, 2, 1}
	sort.Sort(c)
	fmt.Println(c.data, c.swaps > 0)
}
