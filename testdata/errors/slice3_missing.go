// A 3-index slice needs its middle and final indexes (gc's parser).
package main

func main() {
	s := []int{1, 2, 3}
	a := s[1::3] // ERROR "middle index required in 3-index slice"
	b := s[1:2:] // ERROR "final index required in 3-index slice"
	c := s[::] // ERROR "middle index required in 3-index slice" "final index required in 3-index slice"
	println(len(a), len(b), len(c))
}
