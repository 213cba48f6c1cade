// init_order_funcs: package variables initialize in dependency order, through functions, before init and main.
package main

var total = sum(first, second)
var first = trace("first", 1)
var second = trace("second", first+1)
var label = name[:3] + "!"
var name = "initialization"
var last = trace("last", 99)

func trace(what string, v int) int {
	println("init", what, v)
	return v
}

func sum(a, b int) int {
	println("sum", a, b)
	return a + b
}

func init() {
	println("init()", total, label)
}

func main() {
	println("main", total, first, second, last, label)
}
