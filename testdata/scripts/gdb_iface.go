// gdb_iface: the program testdata/scripts/gdb_iface.sh debugs (docs/DEBUGGING.md
// walks through the session). As in the articles on Go's interfaces: a pointer
// and a struct in a one-method interface, a struct in an empty interface.
package main

type EmpInter interface {
	Show() int
}

type EmpStruct struct {
	num  int
	name string
}

func (e *EmpStruct) Show() int {
	return e.num * 10
}

type Rect struct{ W, H int }

func (r Rect) Show() int {
	return r.W * r.H
}

func total(i EmpInter, scale int) int {
	n := i.Show()
	return n * scale
}

func main() {
	emps := EmpStruct{num: 7, name: "emp"}
	var empi EmpInter = &emps
	var eface interface{} = emps
	var recti EmpInter = Rect{3, 4}
	words := []string{"iface", "eface"}
	println(total(empi, 2), total(recti, 1), eface != nil, len(words)) // gdb_iface.sh stops here
}
