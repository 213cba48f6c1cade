// An interface value is not assignable to a concrete type or to a wider interface without a type assertion; only its methods can be called.
package main

type Animal interface{ Sound() string }

type Pet interface {
	Animal
	Name() string
}

type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return d.name }
func (d Dog) Fetch()        {}

func main() {
	var a Animal = Dog{}
	var d Dog = a // ERROR `cannot use a \(variable of type Animal\) as type Dog in variable declaration:(\n\tneed type assertion)?$`
	var p Pet = a // ERROR `cannot use a \(variable of type Animal\) as type Pet in variable declaration:(\n\tAnimal does not implement Pet \(missing Name method\))?$`
	var e interface{} = 1
	var n int = e // ERROR `cannot use e \(variable of type interface\{\}\) as type int in variable declaration:(\n\tneed type assertion)?$`
	var s string
	s = e      // ERROR `cannot use e \(variable of type interface\{\}\) as type string in assignment:(\n\tneed type assertion)?$`
	a.Fetch()  // ERROR `a\.Fetch undefined \(type Animal has no field or method Fetch\)`
	_ = a.name // ERROR `a\.name undefined \(type Animal has no field or method name\)`
	p = Dog{}
	a = p
	_ = a.Name() // ERROR `a\.Name undefined \(type Animal has no field or method Name\)`
	_, _, _ = d, n, s
}
