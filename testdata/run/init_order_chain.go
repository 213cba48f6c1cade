// init_order_chain: a long chain of package variables declared in reverse order, initialised leaves first, with string and bool values.
package main

var v9 = step("v9", v8+"9")
var v8 = step("v8", v7+"8")
var v7 = step("v7", v6+"7")
var v6 = step("v6", v5+"6")
var v5 = step("v5", v4+"5")
var v4 = step("v4", v3+"4")
var v3 = step("v3", v2+"3")
var v2 = step("v2", v1+"2")
var v1 = step("v1", "1")

var ok = check(v9)

var x = y
var y = z
var z = mk()

var flagSet bool = isSet()

const prefix = "p:"

func step(name, val string) string {
	println(prefix+name, val)
	return val
}

func check(s string) bool {
	println("check", s, len(s))
	return len(s) == 9
}

func mk() int {
	println("mk: ok so far", ok)
	return 7
}

func isSet() bool {
	println("isSet: x =", x)
	return x == 7
}

func main() {
	println(v9, ok, x, y, z, flagSet)
}
