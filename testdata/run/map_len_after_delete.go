// len tracks insertions, overwrites and deletions (including missing keys).
package main

func main() {
	m := map[int]string{}
	for i := 0; i < 200; i++ {
		m[i] = "v"
	}
	println(len(m))
	for i := 0; i < 200; i++ {
		m[i] = "w"
	}
	println(len(m))
	for i := 0; i < 200; i += 2 {
		delete(m, i)
	}
	println(len(m))
	for i := 0; i < 200; i += 2 {
		delete(m, i)
	}
	delete(m, 1000)
	println(len(m))
	for i := 1; i < 200; i += 2 {
		delete(m, i)
	}
	println(len(m))
	m[5] = "again"
	println(len(m), m[5])
}
