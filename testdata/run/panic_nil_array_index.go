package main

func main() {
	var p *[1000]int16
	i := 900
	println(len(p))
	println(p[i])
}
