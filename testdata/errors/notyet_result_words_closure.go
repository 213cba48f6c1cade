// mgc-only: go1.19 accepts this program. A function literal's results are
// returned as one value of at most 64 words, like a declared function's
// (notyet_result_words.go).
package main

type s = []int

var f = func() (s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s) { // ERROR "results of more than 64 words are not yet supported by mgc"
	return nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil
}

func main() {
	println(f())
}
