// scopes_nested: shadowing of package names, parameters, results, predeclared identifiers and constants in nested blocks.
package main

const limit = 3

var level = "package"

func shadowParam(level int) int {
	if level := level * 2; level > 4 {
		return level
	} else if level := level + 100; level > 0 {
		return level
	}
	return level
}

func named() (n int, s string) {
	n, s = 1, "outer"
	{
		n := 50
		s := "inner"
		_ = s
		n++
		println("inner named", n)
	}
	return
}

func predeclared() {
	true := false
	println("true is", true)
	len := 7
	println("len is", len)
	{
		int := "int as string"
		println(int)
	}
	var x int = 3
	println(x)
}

func constShadow() {
	const limit = "local"
	println(limit)
	for limit := 0; limit < 2; limit++ {
		println("loop limit", limit)
	}
	println(limit)
}

func switchScopes(v int) {
	switch v := v * 10; v {
	case 10:
		v := "ten"
		println(v)
	case 20:
		println("twenty", v)
	default:
		v++
		println("default", v)
	}
	println("after switch", v)
}

func main() {
	println(level, limit)
	level := 1
	println(level)
	println(shadowParam(1), shadowParam(3), shadowParam(-200))
	n, s := named()
	println(n, s)
	predeclared()
	constShadow()
	switchScopes(1)
	switchScopes(2)
	switchScopes(5)
	for i := 0; i < 2; i++ {
		i := i + 10
		println("body i", i)
	}
	x := 1
	if x := "if-scoped"; len(x) > 0 {
		println(x)
	}
	println(x, level)
}
