// mgc-only: go1.19 accepts this program; codegen returns at most 64 words of
// results (a slice is 3) and the checker must say so rather than crash.
package main

type s = []int

func many() (s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s) { // ERROR "results of more than 64 words are not yet supported by mgc"
	return nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil
}

// 63 words are fine.
func fewer() (s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s) {
	return nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil
}

func main() {
	println(many())
	println(fewer())
}
