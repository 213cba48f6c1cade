// Array keys of several element types and sizes.
package main

func main() {
	m := map[[3]int]string{}
	m[[3]int{1, 2, 3}] = "a"
	m[[3]int{3, 2, 1}] = "b"
	m[[...]int{1, 2, 3}] = "c"
	println(len(m), m[[3]int{1, 2, 3}], m[[3]int{3, 2, 1}])

	b := map[[5]byte]int{}
	var k [5]byte
	for i := 0; i < 5; i++ {
		k[i] = byte('a' + i)
		b[k] = i
	}
	println(len(b), b[[5]byte{'a', 'b', 'c', 0, 0}], b[k])

	s := map[[2]string]int{{"x", "y"}: 1, {"y", "x"}: 2}
	s[[2]string{"x", "y"}]++
	println(s[[2]string{"x", "y"}], s[[2]string{"y", "x"}], len(s))

	z := map[[0]int]int{}
	z[[0]int{}] = 5
	z[[0]int{}]++
	println(len(z), z[[0]int{}])
}
