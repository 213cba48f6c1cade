package main

func main() {
	p := &[4]byte{1, 2, 3, 4}
	k := 10
	println(p[3])
	p[k] = 0
}
