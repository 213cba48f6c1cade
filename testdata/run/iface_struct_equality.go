package main

type Pair struct {
	a any
	b error
}

type myErr struct{ s string }

func (e myErr) Error() string { return e.s }

func main() {
	x := Pair{1, myErr{"e"}}
	y := Pair{1, myErr{"e"}}
	z := Pair{"1", myErr{"e"}}
	println(x == y, x == z, x != z)
	arr1 := [3]any{1, "a", nil}
	arr2 := [3]any{1, "a", nil}
	println(arr1 == arr2)
	arr2[2] = 0
	println(arr1 == arr2)
	w := Pair{[]int{}, nil}
	defer func() { println("recovered:", recover() != nil) }()
	println(w == w)
}
