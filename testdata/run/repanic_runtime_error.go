// A recovered runtime error panicked again prints as Go's runtime error,
// [recovered] and all.
package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	s := []int{1, 2, 3}
	i := 5
	println(s[i])
}
