package main

var calls int

func nilarr() *[3]int {
	calls++
	return nil
}

func arr() [4]string {
	calls++
	return [4]string{"a"}
}

func main() {
	// len and cap of an array operand with calls are not constants: the
	// calls are made, but a nil pointer to an array is not dereferenced.
	println(len(nilarr()), cap(nilarr()), len(arr()), calls)
	var p *[5]int
	println(len(p), cap(p), len(*p))
	const c = len([2]int{})
	println(c)
}
