package main

func main() {
	a, b := 1, 2
	x := any(a < b)
	println(x == true, any('x') == int32(120), any(2.5) == 2.5, any("s") == "s", any(true) == true)
	var f float32 = 1.25
	var y any = f
	println(y == float32(1.25))
}
