// shadowing: blocks, nested scopes and redeclaration of names in inner scopes.
package main

var x = "package"

func show() {
	println("show sees", x)
}

func main() {
	println(x)
	x := 1
	println(x)
	{
		x := true
		println(x)
		{
			x := "innermost"
			println(x)
		}
		println(x)
	}
	println(x)
	for x := 0; x < 2; x++ {
		println("loop", x)
	}
	if x := "if"; x != "" {
		println(x)
	}
	println(x)
	show()
}
