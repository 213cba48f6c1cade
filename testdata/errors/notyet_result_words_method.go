// mgc-only: go1.19 accepts this program. An interface method's results are
// returned as one value of at most 64 words (an interface is 2, a string 2).
package main

type I interface {
	M() (any, any, any, any, any, any, any, any, any, any, any, any, any, any, any, any, // ERROR "results of more than 64 words are not yet supported by mgc"
		string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, int)
}

// 64 words are fine.
type J interface {
	M() (any, any, any, any, any, any, any, any, any, any, any, any, any, any, any, any,
		string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string)
}

func main() {
	var i I
	var j J
	if i != nil && j != nil {
		println(i.M())
		println(j.M())
	}
}
