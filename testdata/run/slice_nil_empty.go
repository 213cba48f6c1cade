package main

func count(s []int) int { return len(s) }

func nilOrEmpty(n int) []int {
	if n < 0 {
		return nil
	}
	return make([]int, n)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[:]
	e := b[0:0]
	println(a == nil, b == nil, c == nil, d == nil, e == nil)
	println(len(a), cap(a), len(b), cap(b), count(a), count(nil))
	for range a {
		println("never")
	}
	a = append(a, 1)
	println(a != nil, len(a))
	println(nilOrEmpty(-1) == nil, nilOrEmpty(0) == nil, len(nilOrEmpty(3)))
	// A nil slice of structs, of strings.
	var ss []string
	var ps []struct{ x int }
	println(ss == nil, ps == nil, len(ss)+len(ps))
	// Slicing nil gives nil.
	var n []byte
	println(n[0:0] == nil, string(n) == "", len(string(n)))
	// Converting an empty string gives an empty, non-nil slice.
	bs := []byte("")
	rs := []rune("")
	println(bs == nil, rs == nil, len(bs), len(rs))
	// Nil slices in structs and arrays.
	type box struct {
		items []int
		name  string
	}
	var bx box
	println(bx.items == nil, len(bx.items))
	bx.items = append(bx.items, 5, 6)
	println(len(bx.items), bx.items[1])
	var arr [3][]int
	arr[1] = []int{}
	println(arr[0] == nil, arr[1] == nil)
	// Copy into a nil slice copies nothing.
	var dst []int
	println(copy(dst, []int{1, 2, 3}))
}
