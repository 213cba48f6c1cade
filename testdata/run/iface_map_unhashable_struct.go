package main

type K struct {
	name string
	v    any
}

func main() {
	m := map[K]int{}
	m[K{"a", 1}] = 1
	println(m[K{"a", 1}])
	m[K{"b", map[int]int{}}] = 2
}
