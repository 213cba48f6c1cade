// mgc-only: go1.19 accepts this program. A func value's results are returned
// as one value of at most 64 words, whatever function it holds.
package main

type big [8]string // one word: the address of a copy

type F func() ([]int, []int, []int, []int, []int, []int, []int, []int, []int, []int, []int, // ERROR "results of more than 64 words are not yet supported by mgc"
	[]int, []int, []int, []int, []int, []int, []int, []int, []int, []int, []int)

var g func() (big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big)

func main() {
	var f F
	if f != nil && g != nil {
		f()
		g()
	}
}
