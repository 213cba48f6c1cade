// Slice bounds checks the optimizer removes (opt/prove.c) and the ones it
// must keep: s[i:] after tests that prove 0 <= i <= len(s), under a loop
// counter, and the same expressions where nothing proves them, which must
// still panic with Go's messages.
package main

func tail(s []int, i int) []int {
	if i >= 0 {
		if i <= len(s) {
			return s[i:]
		}
	}
	return nil
}

func unchecked(s []int, i int) []int {
	if i <= len(s) {
		return s[i:] // i may be negative
	}
	return nil
}

func tails(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += len(s[i:]) * s[i:][0]
	}
	return t
}

func try(f func()) {
	defer func() { println("recovered:", recover().(error).Error()) }()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}
	for _, i := range []int{-1, 0, 2, 4, 5} {
		println(i, len(tail(s, i)), tail(s, i) == nil)
	}
	println(tails(s), tails(nil))
	println(len(unchecked(s, 4)), unchecked(s, 9) == nil)
	try(func() { println(len(unchecked(s, -1))) })
	try(func() { println(len(unchecked(s[:2], -3))) })
}
