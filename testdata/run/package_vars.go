// package_vars: package-level variables, initialised before main in dependency order.
package main

var counter int
var name = "pkg"
var total = base * 2
var base = compute()
var flag bool
var label = name + "-" + suffix()

func compute() int {
	println("compute runs during initialization")
	return 21
}

func suffix() string {
	return "sfx"
}

func bump() int {
	counter++
	return counter
}

func main() {
	println("main starts")
	println(counter, name, total, base, flag, label)
	bump()
	bump()
	c := bump()
	println(counter, c)
	name = "changed"
	println(name)
}
